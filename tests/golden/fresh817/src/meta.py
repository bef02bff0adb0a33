# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # outlets' cities (datelines) and capitals
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G (row عمان; written عمّان)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.105, 20.050, "Port of Benghazi"),               # K
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G
 # Sabha and its neighbourhoods / facilities
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_dist": ("district", "LY", 27.03149, 15.06865, "Sabha district"),                # G
 "tayuri": ("district", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),                # G* (row الطيوري, kind town)
 "mahdiya": ("district", "LY", 27.03766, 14.42832, "Al Mahdiya (Sabha)"),               # G* (row المهدية LY, kind town)
 "manshiya": ("district", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),             # G* (row المنشية, kind town)
 "qurda": ("district", "LY", 27.03766, 14.42832, "Al Qurda (Sabha)"),                   # G* (row القرضة, kind town)
 "hajara": ("district", "LY", 27.03766, 14.42832, "Hajara (Sabha)"),                    # G* (row حجارة, kind town)
 "abdulkafi": ("district", "LY", 27.03766, 14.42832, "Abdulkafi (Sabha)"),              # G* (row عبد الكافي, kind town)
 "jadid": ("district", "LY", 27.05000, 14.40000, "Al Jadid (Sabha)"),                   # G* (row الجديد, kind city)
 "castle": ("base", "LY", 27.03766, 14.42832, "Sabha Castle (Fort Elena)"),             # G (row قلعة سبها; also for قلعة القاهرة)
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 # bases
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 # Fezzan towns
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "samnu": ("town", "LY", 27.27459, 14.88190, "Samnu"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "ghudwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                               # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G (row مرزق, district LY-MQ)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 # oil, crossings, regions
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "tripoint_lts": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G
}

TRAPS = {
 "qem1": ["صدى البلد", "الجيش الوطني", "الكتيبة 116", "اللواء طارق بن زياد", "فرج السبهاوي", "راديو فزان",
          "الجديد", "الليبية", "المصرية"],
 "qem2": ["عمون", "الجيش الوطني", "اللواء طارق بن زياد", "عبد الله الإدريسي", "الفيلق الأفريقي", "الكتيبة 116",
          "الأردنية", "الأردنيين", "الليبية", "وكالة «نوفا»", "الإيطالية", "السورية"],
 "qem3": ["المدن", "طرابلسي", "الكتيبة 116", "قناة «الجديد»", "اللواء 444 قتال", "حركة تحرير السودان",
          "مني أركو مناوي", "اللبنانيين", "لبنانياً", "اللبنانية", "التونسية"],
 "qem4": ["«الجريدة»", "الجيش الوطني", "تشاديون", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "مالي", "الليبية",
          "الكويتية", "المعارضة السودانية", "إدريس المقرحي"],
 "qem5": ["«السوداني»", "السودانيين", "حركة العدل والمساواة", "الجيش الوطني الليبي", "الفيلق الأفريقي",
          "الكتيبة 116", "السودانية", "الليبية"],
}

PHEN = {
 "qem1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
 "qem2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases"],
 "qem3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "coverage_crossings", "countries"],
 "qem4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qem5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "vague_area",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qem1": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["الطيوري"]),
  mv("withdraw", "denied", "Libyan National Army", ["مطار سبها"]),
  mv("withdraw", "conditional", "GNA forces", ["المهدية"]),
  mv("reinforce", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سبها"]),
 ],
 "qem2": [
  mv("advance", "reported", "Libyan National Army", ["الطيوري"], ["قلعة سبها"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا"], ["مطار سبها"]),
  mv("redeploy", "denied", "Russian forces", ["قاعدة براك الجوية"], ["مطار سبها"]),
  mv("advance", "conditional", "Libyan National Army", [], ["المهدية"]),
  mv("naval_landing", "reported", "Russian forces", ["طرطوس"], ["قاعدة طبرق البحرية"]),
 ],
 "qem3": [
  mv("withdraw", "reported", "GNA forces", ["المهدية"], ["سمنو"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["سبها"], ["الشويرف"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["أم الأرانب"]),
  mv("advance", "conditional", "Libyan National Army", [], ["حجارة"]),
  mv("shipment", "denied", "GNA forces", ["مصراتة"], ["سبها"]),
 ],
 "qem4": [
  mv("shipment", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["قلعة سبها"]),
  mv("reinforce", "planned", "Libyan National Army", ["اوباري"], ["سبها"], ["جرمة"]),
  mv("withdraw", "conditional", "Chadian armed groups", ["غدوة"], ["الحدود مع تشاد"]),
  mv("advance", "denied", "Sudanese armed groups", [], ["القرضة"]),
 ],
 "qem5": [
  mv("redeploy", "reported", "Libyan National Army", ["مطار سبها"], ["المنشية"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة تمنهنت الجوية"]),
  mv("deploy", "denied", "Sudanese armed groups", ["المثلث الحدودي مع تشاد والسودان"], ["القطرون"]),
  mv("redeploy", "planned", "Libyan National Army", ["سبها"], ["حقل الشرارة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["قلعة سبها"]),
  mv("naval_landing", "planned", "Russian forces", ["طرطوس"], ["ميناء بنغازي"]),
  mv("mobilise", "reported", "GNA forces", [], ["سمنو"]),
 ],
}

NOTES = {
 "qem1": "Live blog, day 1 (Sada El Balad, Cairo): LNA column Tamanhint air base→Tayuri ('30 km north-east of Sabha' "
         "only locates the base); the LNA denies leaving Sabha airport; Battalion 116 (GNA-aligned) would leave "
         "Al-Mahdiya 'as soon as' the truce committee from Ubari arrives (Ubari = condition, not a movement place); a "
         "planned LNA battalion Jufra air base→Sabha. Families fleeing Tayuri→Samnu are civilians. Cairo is the "
         "dateline, Egypt the ministry's country; 'قلعة القاهرة' is Sabha castle; 'الجديد' is the word 'new'.",
 "qem2": "Live blog, day 2 (Ammon, Amman): LNA units advance Tayuri→Sabha castle; a planned cargo flight Benina base→"
         "Sabha airport (Benghazi only locates the base); Nova: a Russian landing ship put ~200 men ashore at Tobruk "
         "naval base from Tartus (onward move 'to the south' has no place); the LNA denies Russian Africa Corps men moved Brak air base→"
         "Sabha airport; a conditional LNA advance on Al-Mahdiya. Displaced families to Idri and Brak (Wadi al-Shati) "
         "and Tripoli (Presidential Council) are not movement places; 'الطيورى' is a spelling variant of Tayuri.",
 "qem3": "Live blog, day 3 (Al-Modon, Beirut): Battalion 116 withdrew Al-Mahdiya→Samnu ('50 km north-east of the "
         "city'); a planned GNA force Tripoli→Sabha via Ash-Shwayrif; the SLA-Minnawi denies massing in Umm al-Aranib; "
         "a conditional LNA entry into Hajara; the GNA denies an arms shipment Misrata→Sabha. Tripoli (Lebanon) in North Lebanon is a civilian's home town; Manshiya "
         "and Sabha airport are in his quote; the Lebanese evacuation via Ras Ajdir is civilian. 'الجديد' here is the Lebanese TV.",
 "qem4": "Live blog, day 5 (Al-Jarida, Kuwait): an LNA ammunition-and-fuel convoy Brak air base→Sabha castle; a planned "
         "LNA battalion Ubari→Sabha via Germa; Chadian CCMSR fighters would withdraw Ghuddwa→the border with Chad 'as "
         "soon as' a corridor opens (their control of Ghuddwa is no move; '70 km south of Sabha' a distance "
         "reference); the LNA denies Sudanese opposition fighters entered Al-Qurda. Al-Jadid shelled (a Sabha district, "
         "not the word 'new'), El Feel field, the Sabha-Murzuq road, Murzuq district, Toummo crossing, the Red Cross in "
         "Tayuri and families reaching Idri: not movement places; Idri sits beside the MP Idris al-Muqarhi (trap).",
 "qem5": "Live blog, day 7 (Al-Sudani, Port Sudan): the LNA moved a company Sabha airport→Al-Manshiya; a Russian "
         "Il-76 with Africa Corps men Jufra air base→Tamanhint air base; JEM denies Sudanese fighters crossed from the "
         "Libya-Chad-Sudan triangle to Al-Qatrun; a planned Russian landing Tartus→Benghazi port; a planned LNA "
         "battalion Sabha→Sharara field; a conditional LNA pull-out from Sabha castle; Battalion 116 (GNA) massing 30 "
         "vehicles in Samnu. Sudanese families Sabha→Sudan via Kufra are civilians; Tripoli only the embassy.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qem1", "qem2", "qem3", "qem4", "qem5")
