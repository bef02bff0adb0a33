# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                   # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                                # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                       # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                               # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                          # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                       # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                     # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                   # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                     # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                                 # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                 # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G (row الحدود الليبية التشادية)
 # qdk1 Umm al-Aranib sweep (Qurina, Benghazi)
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),                 # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                    # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                                 # G
 "traghan": ("town", "LY", 25.92333, 14.42056, "Taraghin"),                                # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),               # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),                  # K
 "sirte_port": ("crossing", "LY", 31.215, 16.580, "Port of Sirte"),                        # K
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                 # G
 "north_chad": ("region", "TD", 19.5, 18.5, "Northern Chad"),                              # K
 # qdk2 Chad's reaction (Monte Carlo Doualiya, N'Djamena)
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya-Largeau Airport"),            # G
 "borkou": ("district", "TD", 18.98295, 18.31207, "Borkou"),                               # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                               # G
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                                   # G
 "border_td_ly": ("region", "TD", 22.3, 17.0, "Chad-Libya border (Chadian side)"),         # K
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                     # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                    # G
 "ennedi": ("region", "TD", 17.04167, 21.86278, "Ennedi"),                                 # G
 # qdk3 RSF at Rebiana (Al-Sudani, Port Sudan)
 "tri_ly_sd_td": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"), # G* (row المثلث الحدودي مع تشاد والسودان)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                            # G
 "wadihowar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                          # G
 "northdarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                    # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                  # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                  # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                 # G
 # qdk4 Tazirbu and Buzayma, Egypt watching (Sada El Balad, Cairo)
 "buzayma": ("village", "LY", 25.00000, 22.00000, "Buzayma"),                              # G
 "eastuweinat": ("region", "EG", 22.58570, 28.71660, "East Oweinat"),                      # G* (row مطار شرق العوينات)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Kufra district"),                   # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                       # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                       # G
 "brega_port": ("crossing", "LY", 30.415, 19.585, "Port of Marsa el Brega"),               # K
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                  # G
 "tazirbu_mun": ("district", "LY", 25.67289, 21.07286, "Tazirbu municipality"),            # G* (town row)
 "kharga": ("town", "EG", 25.45101, 30.54653, "Kharga"),                                   # G
 "tri_ly_eg_sd": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),    # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                  # G
 # qdk5 Tripoli talks and Al-Wigh (Al-Anba, Tripoli)
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                           # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                              # G
 "tri_ly_ne_td": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"), # G* (row المثلث الحدودي مع النيجر وتشاد)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                # G
}

TRAPS = {
 "qdk1": ["قورينا", "الجيش الوطني الليبي", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "طارق بن زياد", "عمر المرزوقي",
          "التشادية", "ليبية", "إدريس ديبي", "جبهة التناوب والوفاق"],
 "qdk2": ["مونت كارلو الدولية", "التشادية", "الجيش الوطني الليبي", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "الليبية",
          "محمد إدريس ديبي", "إدريس ديبي إتنو", "تشادية"],
 "qdk3": ["السوداني", "الدعم السريع", "سبل السلام", "دارفورية", "القوة المشتركة لحركات الكفاح المسلح", "الليبية",
          "الجيش السوداني", "السودانية"],
 "qdk4": ["درع الصحراء", "الجيش الليبي", "صدى البلد", "الجيش الوطني الليبي", "تشادية", "سودانية", "تشاديين",
          "الأنباء السارة", "المصري"],
 "qdk5": ["تشادي", "الأنباء", "الجيش الوطني الليبي", "ليبيا الأحرار", "غرفة عمليات الجنوب", "خالد الطرابلسي",
          "التشادية", "جبهة التناوب والوفاق في تشاد", "مالي", "ليبية"],
}

PHEN = {
 "qdk1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qdk2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "qdk3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "coverage_bases",
          "coverage_neighbours", "countries"],
 "qdk4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qdk5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, CHAD_G, SUD_G = "Libyan National Army", "Chadian armed groups", "Sudanese armed groups"

MOVES = {
 "qdk1": [
  mv("advance", "reported", LNA, ["قاعدة تمنهنت"], ["أم الأرانب"], ["سبها", "غدوة"]),
  mv("withdraw", "reported", CHAD_G, ["أم الأرانب"], ["تيبستي"], ["تراغن"]),
  mv("withdraw", "conditional", LNA, [], ["تمنهنت"]),
  mv("deploy", "planned", LNA, ["مرزق"], ["منفذ التوم"], ["القطرون"]),
  mv("naval_landing", "planned", LNA, ["ميناء بنغازي"], ["ميناء سرت"]),
  mv("shipment", "denied", CHAD_G, ["كوري بوغدي"], ["تراغن"]),
 ],
 "qdk2": [
  mv("airlift", "reported", None, ["انجامينا"], ["مطار فايا لارجو"]),
  mv("redeploy", "planned", None, ["فايا"], ["برداي"]),
  mv("withdraw", "reported", CHAD_G, ["أم الأرانب"], ["كوري بوقودي"]),
  mv("advance", "conditional", None, ["زوار"], ["كوري بوقودي"]),
  mv("mobilise", "denied", None, [], ["وور"]),
 ],
 "qdk3": [
  mv("advance", "reported", SUD_G, ["وادي هور"], ["ربيانة"], ["المثلث الحدودي"]),
  mv("reinforce", "reported", LNA, ["الكفرة"], ["ربيانه"]),
  mv("airlift", "planned", LNA, ["قاعدة الجفرة الجوية"], ["مطار الكفرة"]),
  mv("withdraw", "conditional", SUD_G, ["ربيانة"], ["المالحة"]),
  mv("shipment", "denied", SUD_G, ["الكفرة"], ["المالحة"]),
 ],
 "qdk4": [
  mv("reinforce", "reported", LNA, ["جالو"], ["تازربو"], ["حقل السرير"]),
  mv("naval_landing", "reported", LNA, ["قاعدة طبرق البحرية"], ["ميناء البريقة"]),
  mv("withdraw", "reported", CHAD_G, ["بزيمة"], ["الحدود مع تشاد"]),
  mv("redeploy", "planned", LNA, ["تازربو"], ["ربيانة"]),
  mv("advance", "denied", CHAD_G, [], ["تازربو"]),
  mv("reinforce", "conditional", "Egyptian army", ["الخارجة"], ["شرق العوينات"]),
 ],
 "qdk5": [
  mv("reinforce", "reported", LNA, ["سبها"], ["قاعدة الويغ"], ["القطرون", "تجرهي"]),
  mv("deploy", "planned", LNA, ["قاعدة الويغ"], ["المثلث الحدودي"]),
  mv("mobilise", "reported", CHAD_G, [], ["كوري بوقودي"]),
  mv("withdraw", "conditional", CHAD_G, ["جنوب ليبيا"], ["تشاد"]),
  mv("airlift", "denied", "GNA forces", ["مصراتة"], ["مرزق"]),
 ],
}

NOTES = {
 "qdk1": "LNA column Tamanhint base→Umm al-Aranib via Sabha and Ghuddwa; the CCMSR rebels fled 'from it' (the town, "
         "resolved) towards Tibesti via Traghan; conditional return to Tamanhint (Al-Qatrun there is only the "
         "condition); a planned company Murzuq→Toummo crossing via Al-Qatrun; a planned landing ship Benghazi port→Sirte "
         "port; a denied fuel/ammunition shipment Kouri Bougoudi→Traghan. Kouri Bougoudi's first mention (a habitual "
         "infiltration route), Sabha's second ('110 km'), Fezzan, northern Chad, N'Djamena, southern Libya and Tripoli "
         "are not movement places.",
 "qdk2": "Chad's army (no canonical actor: null) airlifts a battalion N'Djamena→Faya-Largeau airport and plans to move it "
         "Faya→Bardai; CCMSR fighters pulled back from Umm al-Aranib to Kouri Bougoudi (reported); a conditional advance "
         "Zouar→Kouri Bougoudi; a denied massing of Chadian units at Wour. The dateline, the border phrase (locator of the "
         "gold area), Tibesti/Borkou/Ennedi, Sudan and Libya are not movement places.",
 "qdk3": "RSF group Wadi Howar→Rebiana via the border triangle (reported); LNA/Subul al-Salam reinforcement Kufra→Rebiana "
         "(spelled ربيانه); a planned airlift Al-Jufra air base→Kufra airport; the RSF's conditional return Rebiana→Al "
         "Malha ('بمجرد'); a denied arms shipment Kufra→Al Malha. Kufra's 2nd mention ('130 km west of Kufra') and the "
         "last one, Darfur, North Darfur (locator of Wadi Howar), the countries around the triangle and Port Sudan are "
         "not movement places; السودان inside «السوداني» is a trap.",
 "qdk4": "LNA column Jalu→Tazirbu via the Sarir field; an earlier landing at Brega port from Tobruk naval base; Chadian "
         "gunmen left Buzayma for the border with Chad; a decided (planned) company transfer Tazirbu→Rebiana; the mayor "
         "denies Chadian gunmen entering Tazirbu; Egypt's conditional reinforcement Kharga→East Oweinat (the Uweinat "
         "triangle only the condition). The operation lead (sweeping around Tazirbu and Buzayma) is the frame of the "
         "column, not a separate move; Cairo, Algiers, the Sudan border phrase are not movement places.",
 "qdk5": "A Chadian security delegation Tunis→Tripoli (diplomatic, no movement); LNA reinforcements Sabha→Al-Wigh base "
         "via Al-Qatrun and Tajarhi; a planned column 'from the base' (Al-Wigh) to the border triangle; Chadian factions "
         "massing in Kouri Bougoudi (reported by the LNA spokesman); FACT's conditional withdrawal southern Libya→Chad "
         "('شريطة'); a denied cargo flight Misrata→Murzuq with weapons (GNA forces). Libya/Niger/Chad in 'التقاء حدود' "
         "are purpose locators, not destinations; Kuwait and the Sharara field are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qdk1", "qdk2", "qdk3", "qdk4", "qdk5")
