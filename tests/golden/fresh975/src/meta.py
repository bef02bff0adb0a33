# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 # qko1 Syrian fighter buried in Azaz (Eldorar Alshamia)
 "azaz": ("town", "SY", 36.58330, 37.05000, "Azaz"),                                    # G (row أعزاز)
 "north_aleppo": ("region", "SY", 36.55, 37.10, "Northern Aleppo countryside"),         # K
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "salah_din": ("town", "LY", 32.810, 13.205, "Salah al-Din (Tripoli)"),                 # K
 "bab_salama": ("crossing", "SY", 36.63440, 37.08580, "Bab al-Salama border crossing"),  # G
 "homs": ("city", "SY", 34.72405, 36.72559, "Homs"),                                    # G
 "gaziantep_airport": ("airport", "TR", 36.94720, 37.47870, "Gaziantep Airport"),       # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "tekbali": ("base", "LY", 32.88743, 13.18733, "Tekbali Camp (Tripoli)"),               # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "ain_zara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                            # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "afrin": ("town", "SY", 36.50833, 36.86944, "Afrin"),                                  # G
 # qko2 Misratan fighter (Oea)
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                            # G
 "sirte_port": ("crossing", "LY", 31.21500, 16.58500, "Port of Sirte"),                 # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (base row, near Hun/Waddan)
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 # qko3 LNA officer buried in Al-Marj (Al-Bayan)
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al-Aranib"),                     # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama base"),                           # G* (row ماداما, written قاعدة ماداما)
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "zueitina": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),           # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 # qko4 Sudanese army officer buried in Dongola (Al-Ahdath)
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "dongola_loc": ("district", "SD", 19.18163, 30.47689, "Dongola locality"),             # G* (town row)
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),            # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "gezira": ("district", "SD", 14.47036, 33.29635, "Gezira State"),                      # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "dongola_airport": ("airport", "SD", 19.1539, 30.4301, "Dongola Airport"),             # K
 "debba": ("town", "SD", 18.05, 30.95, "Ad Dabbah"),                                    # K
 "border_sd_ly": ("region", "SD", 20.8, 25.3, "Sudan-Libya border (Sudanese side)"),    # K
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "omdurman": ("city", "SD", 15.64453, 32.47773, "Omdurman"),                            # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (row خرطوم)
 # qko5 Algerian corporal buried in Arris (Aures News)
 "arris": ("town", "DZ", 35.2567, 6.3481, "Arris"),                                     # K
 "dz_southeast": ("region", "DZ", 24.38530, 5.41784, "South-eastern Algeria"),          # G* (row جنوب شرق الجزائر)
 "batna": ("city", "DZ", 35.55597, 6.17414, "Batna"),                                   # G
 "batna_prov": ("district", "DZ", 35.33844, 5.74169, "Batna Province"),                 # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 "border_dz_ly": ("region", "DZ", 25.0, 9.85, "Algeria-Libya border (Algerian side)"),  # K
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "aures": ("region", "DZ", 35.25, 6.5, "Aures"),                                        # K
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "tam_airport": ("airport", "DZ", 22.8115, 5.4511, "Tamanrasset Aguenar Airport"),      # K
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
}

TRAPS = {
 "qko1": ["الدرر الشامية", "محمد خالد الحمصي", "الحمصي", "فرقة السلطان مراد", "الجيش الوطني السوري", "الليبية",
          "سوريين", "هون", "الزاوية"],
 "qko2": ["لواء المحجوب", "أويا", "الصلوات الخمس", "غرفة عمليات سرت الكبرى", "عمر السرتي", "الجيش الوطني",
          "المجلس العسكري مصراتة"],
 "qko3": ["البيان", "فرج المرجاوي", "المرجاوي", "كتيبة طارق بن زياد المعززة", "تشاديين", "الزوار",
          "المجلس العسكري لإنقاذ الجمهورية", "التشادية", "إدريس علي", "النيجري"],
 "qko4": ["الأحداث", "متحرك الشمال", "عبد الرحيم الدنقلاوي", "الدنقلاوي", "الدعم السريع", "كتيبة سبل السلام",
          "قناة الجزيرة", "الليبي"],
 "qko5": ["الأوراس نيوز", "الجيش الوطني الشعبي", "الوادي", "ليبية", "الليبي", "إدريس بن عمارة"],
}

PHEN = {
 "qko1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "qko2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "ambiguity_tripoli", "ambiguity_country_capital", "coverage_crossings"],
 "qko3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours",
          "countries"],
 "qko4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "qko5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qko1": [
  mv("airlift", "reported", "Syrian mercenaries", ["اعزاز"], ["مطار معيتيقة"], ["معبر باب السلامة", "مطار غازي عنتاب"]),
  mv("redeploy", "reported", "Syrian mercenaries", ["معسكر التكبالي"], ["قاعدة الوطية"]),
  mv("reinforce", "reported", "Syrian mercenaries", ["الوطية"], ["صلاح الدين"]),
  mv("reinforce", "denied", "Syrian mercenaries", ["قاعدة الوطية"], ["صلاح الدين", "عين زارة"]),
  mv("airlift", "planned", "Syrian mercenaries", ["مطار غازي عنتاب"], ["مصراتة"]),
  mv("withdraw", "conditional", "Syrian mercenaries", ["الوطية"], ["سوريا"]),
  mv("deploy", "reported", "Syrian mercenaries", [], ["ليبيا"]),
 ],
 "qko2": [
  mv("reinforce", "reported", "Misrata forces", ["مصراته"], ["أبوقرين"], ["الهيشة"]),
  mv("advance", "reported", "Misrata forces", ["أبوقرين"], ["الوشكة"]),
  mv("naval_landing", "denied", "Libyan National Army", ["ميناء سرت"], ["بويرات الحسون"]),
  mv("mobilise", "planned", "Misrata forces", [], ["تاورغاء"]),
  mv("advance", "conditional", "Misrata forces", ["الوشكة"], ["سرت"]),
 ],
 "qko3": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["قاعدة تمنهنت"]),
  mv("deploy", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["أم الأرانب"], ["سبها"]),
  mv("advance", "reported", "Chadian armed groups", ["كوري بوقودي"], ["أم الأرانب"], ["الحدود مع تشاد"]),
  mv("advance", "denied", "Chadian armed groups", [], ["أم الأرانب"]),
  mv("deploy", "planned", "Libyan National Army", ["سبها"], ["قاعدة الويغ"]),
  mv("reinforce", "conditional", "Chadian army", ["زوار"], ["كوري بوقودي"]),
  mv("reinforce", "reported", "Nigerien army", ["ديركو"], ["قاعدة ماداما"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء الزويتينة"]),
 ],
 "qko4": [
  mv("airlift", "reported", "Sudanese army", ["بورتسودان"], ["مطار دنقلا"]),
  mv("advance", "reported", "Sudanese army", ["الدبة"], ["المثلث الحدودي"]),
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["جبل العوينات"], ["الحدود مع ليبيا"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["المثلث الحدودي"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["المالحة"]),
  mv("advance", "planned", "Sudanese army", ["الدبة"], ["المالحة"]),
  mv("advance", "conditional", "Sudanese army", ["جبل العوينات"], []),
  mv("withdraw", "reported", "Sudanese armed groups", ["جبل العوينات"], []),
 ],
 "qko5": [
  mv("redeploy", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  mv("airlift", "reported", "Algerian army", ["مطار تمنراست"], ["مطار جانت"]),
  mv("advance", "denied", "Algerian army", [], ["غات"]),
  mv("deploy", "planned", "Algerian army", ["جانت"], ["معبر تين الكوم"]),
  mv("withdraw", "conditional", "Algerian army", ["جانت"], ["تمنراست"]),
  mv("deploy", "reported", "Libyan National Army", ["أوباري"], ["غات"]),
 ],
}

NOTES = {
 "qko1": "Funeral in Azaz (spelled اعزاز) of a Syrian fighter killed south of Tripoli; his comrades recount the batch "
         "Azaz→Mitiga airport via the Bab al-Salama crossing and Gaziantep airport, a move Tekbali camp→Al-Watiya, a "
         "company sent Al-Watiya→Salah al-Din 'to support' a local battalion, which the GNU defence ministry denies "
         "(Al-Watiya→Salah al-Din/Ain Zara); a planned batch Gaziantep airport→Misrata, a conditional return "
         "Al-Watiya→Syria and the 2019 dispatch to Libya. The body's arrival from Turkey through the crossing, Homs "
         "(inside the name الحمصي too), Lebanese Tripoli, Ankara and Afrin are not movement places; هون and الزاوية "
         "are common words.",
 "qko2": "Funeral in Misrata (spelled مصراته and مصراتة) of a brigade fighter: a column Misrata→Abu Qurayn via "
         "Al-Hisha, an advance Abu Qurayn→Al-Washka, a denied LNA naval landing Sirte port→Buwairat al-Hassoun "
         "(spokesman عمر السرتي, operations room named after Sirte), planned massing in Tawergha and a conditional "
         "advance Al-Washka→Sirte; the wounded flown to Tunis (medical evacuation), Tripoli, Geneva, the Sirte–Jufra "
         "line and Bani Walid are not movement places; أويا (the outlet, Tripoli's ancient name) and 'الصلوات "
         "الخمس' (Al-Khums) are traps.",
 "qko3": "Funeral in Al-Marj of an LNA officer (surname المرجاوي) killed near Umm al-Aranib: his company flown Benina→"
         "Tamanhint and then sent overland (ومنها) via Sabha to Umm al-Aranib, a Chadian group from Kouri Bougoudi "
         "across the border with Chad reported and denied by the CCMSR, a planned company Sabha→Al-Wigh base, a "
         "conditional Chadian-army reinforcement Zouar→Kouri Bougoudi, a Nigerien-army reinforcement Dirkou→Madama "
         "base and his past marine landing Benghazi port→Zueitina terminal; Benghazi (venue), Niamey (source), "
         "Niger and southern Libya are not movement places; الزوار (visitors) holds Zouar, النيجري holds Niger.",
 "qko4": "Funeral in Dongola of a Sudanese army captain killed near Jebel Uweinat: his company flown Port Sudan→Dongola "
         "airport, a column Ad Dabbah→the border triangle, RSF arms and fuel shipments Kufra→Jebel Uweinat across "
         "the border with Libya, the LNA's denial of any shipment Kufra→the triangle, RSF massing in Al-Malha, a "
         "planned column Ad Dabbah→Al-Malha ('نحوها'), a conditional advance from Jebel Uweinat 'to the border' and "
         "an RSF pull-back from Jebel Uweinat shown by Al Jazeera; Gezira State (beside the trap قناة الجزيرة), "
         "North Darfur, Omdurman, Khartoum and Dongola locality are not movement places.",
 "qko5": "Burial in Arris of an Algerian corporal killed near the Tin Alkoum crossing: his unit Illizi→Djanet, an "
         "airlift Tamanrasset airport→Djanet airport, a denied pursuit into Libya towards Ghat, a planned battalion "
         "Djanet→Tin Alkoum crossing, a conditional return Djanet→Tamanrasset and an LNA company Ubari→Ghat; the "
         "smugglers' flight to Niger is not a force move; Algiers (الجزائر العاصمة) vs Algeria, Batna vs Batna "
         "province, the Aures inside the outlet's name, الوادي as a common word, and Tiguentourine/In Amenas as "
         "history.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qko1", "qko2", "qko3", "qko4", "qko5")
