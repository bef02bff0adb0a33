# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G
 # qid1 (Al-Ayam, Bahrain)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G (row قاعدة الجفرة الجوية)
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "zella": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                 # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "qasr_bin_ghashir": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),            # G (gazetteer kind city)
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                            # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "mersin_port": ("crossing", "TR", 36.81196, 34.63886, "Port of Mersin"),               # G* (row مرسين, city point)
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 # qid2 (Al-Anba, Kuwait)
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn_side": ("region", "TN", 33.05, 11.45, "Tunisia-Libya border (Tunisian side)"),  # K
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "kikla": ("town", "LY", 32.08333, 12.70000, "Kiklah"),                                 # G
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 # qid3 (Nidaa al-Watan, Lebanon)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "souq_juma": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                     # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega oil port"),       # G
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row حلبا, Halba (Akkar))
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 "latakia": ("city", "SY", 35.53125, 35.79088, "Latakia"),                              # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.12, 15.95, "Al Jufra"),                                 # K (point at Hun, README convention)
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "border_eg_side": ("region", "EG", 30.8, 25.2, "Egypt-Libya border (Egyptian side)"),  # K
 # qid4 (Al-Sudani, Sudan)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات)
 "tripoint_ly_eg_sd": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G* (row مثلث العوينات)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "north_td": ("region", "TD", 18.20680, 19.78454, "Northern Chad"),                     # G
 "matan_sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra"),                  # G* (row قاعدة معطن السارة)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "tripoint_ly_sd_td": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),            # G* (row الحدود الليبية السودانية)
 "elfasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                           # G
 # qid5 (Al-Quds Al-Arabi, London)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G* (row قاعدة براك الجوية)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G* (row تيقنتورين, written حقل تيقنتورين)
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G* (row عين أميناس, written عين أمناس)
 "border_dz_side": ("region", "DZ", 28.0, 9.8, "Algeria-Libya border (Algerian side)"),  # K
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),        # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),            # G* (row الحدود الليبية النيجرية)
}

TRAPS = {
 "qid1": ["الجيش الوطني", "غرفة عمليات الكرامة", "الأيام", "444 قتال", "شارع طرابلس", "الخمسة", "التركية",
          "عملية «إيريني» الأوروبية", "إيطالية"],
 "qid2": ["الأنباء", "علي الزنتاني", "الجيش التونسي", "التونسية", "حرس الحدود", "السوريين"],
 "qid3": ["نداء الوطن", "جهاز الردع", "الفيلق الأفريقي", "المنطقة العسكرية الغربية", "يوم الجمعة",
          "القيادة العامة للجيش الوطني الليبي", "الليبي", "الروسية", "الجيش المصري"],
 "qid4": ["ليبية", "السوداني", "الجيش الوطني", "كتيبة سبل السلام", "تشاديون", "مجلس القيادة العسكرية لإنقاذ الجمهورية",
          "التشادية", "دارفورية", "دارفوريتين", "القوة المشتركة لحركات الكفاح المسلح", "غرفة عمليات المنطقة الجنوبية",
          "إدريس المنصوري", "مالي"],
 "qid5": ["القدس العربي", "طارق بن زياد", "الفيلق الأفريقي", "الناحية العسكرية الرابعة", "الجزائري",
          "الجزائرية", "إدريس الفيتوري", "نيجرية"],
}

PHEN = {
 "qid1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qid2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qid3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qid4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qid5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qid1": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة الخادم"], ["قاعدة الجفرة الجوية"], ["اجدابيا", "زلة"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("redeploy", "planned", "GNA forces", ["طرابلس"], ["ترهونه"], ["قصر بن غشير"]),
  mv("advance", "conditional", "Misrata forces", ["الهيشة"], ["بويرات الحسون"]),
  mv("shipment", "reported", None, ["ميناء مرسين"], ["ميناء مصراتة"]),
 ],
 "qid2": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية", "مصفاة الزاوية"], ["جنزور", "الماية"]),
  mv("reinforce", "planned", "Tunisian army", ["بن قردان"], ["معبر رأس جدير", "الحدود مع ليبيا"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["ككلة"]),
  mv("withdraw", "conditional", "GNA forces", ["منفذ وازن"], ["نالوت"]),
  mv("withdraw", "reported", "Syrian mercenaries", ["مطار مصراتة"], ["إسطنبول"]),
 ],
 "qid3": [
  mv("deploy", "planned", "GNA forces", [], ["مطار معيتيقة"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("naval_landing", "denied", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["الحدود مع ليبيا"]),
 ],
 "qid4": [
  mv("reinforce", "reported", "Libyan National Army", ["الكفرة"], ["جبل العوينات"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["معطن السارة"]),
  mv("withdraw", "planned", "Sudanese armed groups", ["جنوب ليبيا"], ["شمال دارفور"], ["المثلث الحدودي"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
 ],
 "qid5": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["مرزق"], ["غدوة"]),
  mv("shipment", "denied", "Russian forces", ["قاعدة براك الشاطئ الجوية"], ["النيجر"], ["منفذ التوم"]),
  mv("redeploy", "planned", "Algerian army", ["ورقلة"], ["حقل تيقنتورين"]),
  mv("withdraw", "conditional", "Libyan National Army", ["منفذ إيسين"], ["غات"]),
  mv("mobilise", "reported", "Foreign fighters", [], ["القطرون", "تجرهي"]),
 ],
}

NOTES = {
 "qid1": "Five briefs with their own datelines (Al-Ayam): an LNA infantry battalion Al-Khadim base→Al-Jufra air base "
         "via Ajdabiya and Zella (Al-Marj only locates the base; Benghazi is the dateline); Ankara denies a Turkish "
         "marine landing at Khoms port (Ankara = dateline/speaker, Tripoli a locator; 'الأيام الخمسة' later is a trap); "
         "a planned re-basing of a 444 Brigade company Tripoli→Tarhuna (ترهونه in the body, ترهونة in the headline) via "
         "Qasr bin Ghashir; Misrata units at Al-Hisha will not advance to Buwairat al-Hassoun unless attacked (Misrata = "
         "speaker; Tripoli Street in Misrata a trap); Operation Irini reports a cargo ship Mersin port→Misrata port with "
         "26 armoured vehicles (no force named: actor null; Rome = dateline). Headlines repeat body moves.",
 "qid2": "Five briefs (Al-Anba): a GNA force Tripoli→Zawiya and its refinery via Janzour and Al-Maya; the Tunisian "
         "army's planned reinforcement Ben Gardane→Ras Ajdir crossing and the border (Tunis = dateline, Tunisia the "
         "state in the headline); Zintan denies 25 vehicles leaving 'the city' (= Zintan) for Kikla; the GNA force at "
         "the Wazin crossing will return to Nalut only after the border guard takes over (Dehiba only a reference); "
         "200 Syrian fighters flown from Misrata airport ('from the airport') to Istanbul.",
 "qid3": "Five briefs in a Lebanese daily (Nidaa al-Watan): a planned GNA deployment around Mitiga airport (Souq "
         "al-Jumaa only locates it; 'Tripoli of the West' is the Libyan capital as dateline); a Libyan tanker at the "
         "port of Tripoli, Lebanon, from Brega (civilian, no movement; Tripoli and Akkar in Lebanon); Russian Il-76 "
         "flights Hmeimim base→Al-Khadim base (Latakia, Benghazi locators; Damascus dateline; 'eastern Libya' only in "
         "the headline); the LNA denies a Russian marine landing at Tobruk port from Tartus (Benghazi dateline); Egypt "
         "would reinforce the border with Libya if the Sirte-Jufra line is approached (Sirte, Al-Jufra condition only; "
         "Marsa Matruh only where units are on alert).",
 "qid4": "Five briefs in a Sudanese daily (Al-Sudani): an LNA reinforcement Kufra→Jebel Uweinat (headline العوينات is "
         "the mountain, not the western Libyan town; the triangle with Sudan and Egypt is the stated purpose, not a "
         "movement place); a Chadian rebel council denies massing fighters at Maaten al-Sarra (N'Djamena dateline; "
         "Tibesti/Northern Chad is where it says they stay, not a move); two Darfur movements plan to withdraw "
         "fighters southern Libya→North Darfur via the Libya-Chad-Sudan triangle; a conditional LNA airlift "
         "Benina→Kufra airport (the Sudan border only the condition); Sudanese refugees reaching Kufra from El Fasher "
         "(civilian, no movement).",
 "qid5": "Five briefs (Al-Quds Al-Arabi): the LNA's Tariq bin Ziyad brigade Sabha→Murzuq via Ghuddwa; Russia's embassy "
         "in Niamey denies an Africa Corps arms convoy Brak al-Shati air base→Niger via the Toummo crossing (southern "
         "Libya a locator; Moscow the headline speaker); a planned Algerian regiment Ouargla→the Tiguentourine gas "
         "field (In Amenas and the border only locators; Algiers dateline, Algeria the country); the LNA battalion at "
         "the Isayen crossing will pull back to Ghat only if Algeria reopens it; a UN panel reports 300 foreign "
         "fighters massed around Al-Qatrun and Tajarhi (Chad and Sudan are nationalities, the Niger border a "
         "smuggling route; London = dateline).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qid1", "qid2", "qid3", "qid4", "qid5")
