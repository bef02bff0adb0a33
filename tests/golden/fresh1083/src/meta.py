# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and far cities
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "addis": ("city", "ET", 9.02497, 38.74689, "Addis Ababa"),                             # G
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                        # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 # Chad (Tibesti, Borkou, Kanem, capital)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (row نجامينا)
 "kanem": ("district", "TD", 15.03933, 15.02364, "Kanem Province"),                     # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G (also written فايا)
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya-Largeau Airport"),         # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "tibesti_dist": ("district", "TD", 20.30159, 16.62370, "Tibesti Province"),            # G* (row تبستي, written إقليم تبستي)
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "miski": ("village", "TD", 20.16670, 18.01670, "Miski"),                               # G (row مسكي)
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                                # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                 # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G (also written كوري بوغودي)
 "border_td_ly": ("region", "TD", 22.0, 17.6, "Chad-Libya border (Chad side)"),         # K
 # Niger
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama base"),                           # G (row ماداما, written قاعدة ماداما)
 "border_ne_ly": ("region", "NE", 22.3, 13.8, "Niger-Libya border (Niger side)"),       # K
 # Libya (Fezzan and the south)
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G (row جنوب ليبيا; G* when written الجنوب الليبي)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al-Aranib"),                     # G (also written ام الارانب)
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G
 "wau": ("village", "LY", 25.35000, 16.72000, "Waw al-Kabir"),                          # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G (also written قطرون)
 "qatrun_dist": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),       # G* (town row, written بلدية القطرون)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),  # G* (row الحدود الليبية النيجرية)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libya side)"),   # G* (row الحدود الليبية التشادية)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
}

TRAPS = {
 "qot1": ["تشاد اليوم", "جبهة التناوب والوفاق في تشاد", "الجيش الوطني التشادي", "الليبية", "إدريس ديبي إتنو",
          "محمد إدريس ديبي", "الزوار", "ووردت"],
 "qot2": ["أوراد نيوز", "الدعم السريع", "عثمان التوم", "سوداني", "السودانيين", "التشادية", "الجيش التشادي",
          "الليبية"],
 "qot3": ["ليبيا ويتنس", "لواء طارق بن زياد", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "عبد الله مرزوق",
          "التشادية", "التشادي", "تشاديين", "السودانية"],
 "qot4": ["أفريكا أي", "الاتحاد الإفريقي", "جبهة التناوب والوفاق في تشاد", "النيجري", "نيجري", "التشاديين", "تشاديون",
          "الليبية"],
 "qot5": ["قلب أفريقيا الإخباري", "مجلس القيادة العسكرية", "الجيش الوطني الليبي", "التشادية", "الجيش التشادي",
          "ليبية"],
}

PHEN = {
 "qot1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "qot2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qot3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qot4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qot5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "coverage_neighbours",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qot1": [
  mv("reinforce", "reported", "Chadian army", ["زوار"], ["وور"]),
  mv("advance", "reported", "Chadian armed groups", [], ["كوري بوقودي"]),
  mv("airlift", "planned", "Chadian army", ["مطار فايا لارجو"], ["برداي"]),
  mv("advance", "conditional", "Chadian army", ["وور"], ["الحدود مع ليبيا"]),
  mv("advance", "denied", "Chadian armed groups", ["كوري بوقودي"], ["وور"]),
 ],
 "qot2": [
  mv("withdraw", "reported", "Sudanese armed groups", ["كوري بوغودي"], ["الكفرة"]),
  mv("redeploy", "denied", "Sudanese armed groups", ["كوري بوغودي"], ["شمال دارفور"]),
  mv("airlift", "planned", "Sudanese armed groups", ["مطار سبها"], ["بورتسودان"]),
  mv("deploy", "conditional", "Sudanese army", [], ["مثلث العوينات"]),
  mv("deploy", "reported", "Chadian army", [], ["وور", "زوار"]),
 ],
 "qot3": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["قطرون", "ام الارانب"]),
  mv("deploy", "planned", "Libyan National Army", [], ["الحدود مع النيجر"]),
  mv("withdraw", "planned", "Chadian armed groups", ["تراغن"], ["الحدود مع تشاد"]),
  mv("withdraw", "conditional", "Chadian armed groups", ["تمسة"], ["تيبستي"]),
  mv("withdraw", "denied", "Libyan National Army", ["القطرون"], ["سبها"]),
 ],
 "qot4": [
  mv("reinforce", "reported", "Nigerien army", ["ديركو"], ["قاعدة ماداما"]),
  mv("advance", "reported", "Chadian armed groups", ["جنوب ليبيا"], ["وور"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["كوري بوقودي"]),
  mv("advance", "conditional", "Chadian armed groups", [], ["زوار"]),
  mv("advance", "denied", "Chadian armed groups", ["منفذ التوم"], ["أغاديس"]),
  mv("withdraw", "planned", "Chadian armed groups", ["القطرون"], ["فايا لارجو"], ["وور"]),
 ],
 "qot5": [
  mv("redeploy", "denied", "Chadian armed groups", ["أم الأرانب"], ["كوري بوقودي"]),
  mv("shipment", "denied", "Chadian armed groups", ["تمسة"], ["تيبستي"]),
  mv("advance", "reported", "Chadian army", ["زوار"], ["مسكي"]),
  mv("withdraw", "conditional", "Chadian armed groups", ["الجنوب الليبي"], []),
  mv("redeploy", "planned", "Chadian armed groups", ["تراغن"], ["الواو الكبير"]),
  mv("advance", "denied", "Chadian army", [], ["ليبيا"]),
 ],
}

NOTES = {
 "qot1": "N'Djamena Arabic-language paper (Tchad Alyom) on the army in Tibesti: army reinforcements Zouar→Wour, a FACT "
         "column crossing from Libyan territory to the Kouri Bougoudi gold fields (reported, no named origin), a planned "
         "helicopter lift of a special-forces company Faya-Largeau airport→Bardai, the army's conditional advance from "
         "Wour to the border with Libya (Chad side) and FACT's denied advance Kouri Bougoudi→Wour; the dateline and "
         "N'Djamena as government, FACT's 2021 drive Libya→Kanem (background), gold miners returning Kouri Bougoudi→Faya "
         "(civilian), Southern Libya in the denial, Tibesti and Miski on a closed road are not movement places; «الزوار» "
         "(visitors) holds Zouar and «ووردت» holds Wour.",
 "qot2": "Sudanese news site (Awrad News) on Sudanese fighters in the Chad-Libya gold fields: about 300 Sudanese fighters "
         "withdrawing Kouri Bougoudi (written كوري بوغودي)→Kufra, the RSF's denied transfer of fighters Kouri Bougoudi→North "
         "Darfur, the 5+5 committee's planned airlift of Sudanese fighters Sabha airport→Port Sudan, the Sudanese army's "
         "conditional deployment to the Uweinat triangle (Libya only in the condition) and Chadian army units deployed in "
         "Wour and Zouar; Port Sudan as government (headline), Al-Qatrun as the sources' location, past service in Darfur, "
         "smuggled gold via the Toummo crossing to Niger and the border with Libya as the end of supply lines are not moves; "
         "«عثمان التوم» (a person) holds Toummo's name.",
 "qot3": "Libyan site (Libya Witness) from Sabha: LNA (Tariq bin Ziyad brigade) reinforcements Sabha→Al-Qatrun (written "
         "قطرون) and Umm al-Aranib (written ام الارانب), their planned deployment along the border with Niger (Libya side), "
         "the 5+5 committee's planned withdrawal of Chadian fighters Traghen→the border with Chad (Libya side), the CCMSR's "
         "conditional pull-out Tmassah→Tibesti (N'Djamena only in the condition) and the LNA's denied pull-back Al-Qatrun→"
         "Sabha; the headline repeats the Traghen plan; Sirte as venue, the arms seizure near Tajarhi, migrants' trucks Toummo→Al-Qatrun→Murzuq, the fighters' "
         "distribution over Southern Libya (written الجنوب الليبي), Ubari, Umm al-Aranib and Kouri Bougoudi and Al-Qatrun "
         "municipality (district) are not moves.",
 "qot4": "Pan-African news site (Africa Eye) from Niamey: Nigerien army units Dirkou→Madama base, FACT fighters infiltrating "
         "Southern Libya→Wour, FACT fighters massing near Kouri Bougoudi, FACT's conditional advance on Zouar, Niger's denial "
         "that Chadian fighters crossed Toummo crossing→Agadez and the AU/5+5 planned withdrawal of Chadian fighters Al-Qatrun→"
         "Faya-Largeau via Wour; the headline's countries, the border with Libya as a distance reference (Niger side), "
         "fighters fleeing Tibesti (purpose clause), Addis Ababa as venue, Niamey and N'Djamena as governments, Fezzan, "
         "Sudan and the halted trade convoys Dirkou→Libya are not movement places.",
 "qot5": "News site (Qalb Afriqiya) quoting a CCMSR statement: the CCMSR's denied transfer Umm al-Aranib→Kouri Bougoudi and "
         "its denied arms-and-ammunition convoys Tmassah→Tibesti, an "
         "army column advancing Zouar→Miski (claimed in the statement, reported), the CCMSR's conditional withdrawal from "
         "Southern Libya (written الجنوب الليبي), its planned move of its field HQ and fighters Traghen→Waw al-Kabir and the "
         "Chadian army's denial that any unit crossed into Libya; N'Djamena as government, UN observers requested for "
         "Tibesti, Fezzan and the 2019 battles near Murzuq and retreat to Umm al-Aranib (background) are not moves.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qot1", "qot2", "qot3", "qot4", "qot5")
