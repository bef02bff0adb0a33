# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                            # G
 # shared
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                            # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                          # G
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                           # G
 "bahai": ("town", "TD", 15.55000, 22.90000, "Bahai"),                                   # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                 # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                               # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 # qgq1 Adré and the Ouaddaï front (Tchadinfos)
 "adre": ("town", "TD", 13.46648, 22.19875, "Adré"),                                     # G
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abéché"),                                 # G
 "ouaddai": ("district", "TD", 13.56770, 21.24132, "Ouaddaï province"),                  # G
 "west_darfur": ("district", "SD", 13.89425, 22.88929, "West Darfur"),                   # G
 "adre_crossing": ("crossing", "TD", 13.470, 22.210, "Adré border crossing"),            # K
 "geneina": ("city", "SD", 13.45262, 22.44725, "El Geneina"),                            # G
 "amdjarass_airport": ("airport", "TD", 16.070, 22.850, "Amdjarass Airport"),            # K
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "border_td_sd": ("region", "TD", 15.25834, 22.83250, "Chad-Sudan border (Chadian side)"),  # G* (row الحدود التشادية السودانية)
 # qgq2 Tiné and Tina (Darfur24)
 "tine": ("town", "TD", 15.02528, 22.80222, "Tiné"),                                     # G
 "tina": ("town", "SD", 15.035, 22.830, "Tina (Sudan)"),                                 # K
 "kutum": ("town", "SD", 14.20000, 24.66667, "Kutum"),                                   # G
 "iriba": ("town", "TD", 15.11667, 22.25000, "Iriba"),                                   # G
 "wadi_fira": ("district", "TD", 14.94685, 21.36232, "Wadi Fira province"),              # G
 "elfasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                            # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                               # G
 # qgq3 the Kufra–Darfur supply road (Al-Rakoba)
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                 # G
 "tripoint_ly_sd_td": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "merowe": ("town", "SD", 18.48330, 31.81670, "Merowe"),                                 # G
 "flamingo": ("base", "SD", 19.650, 37.215, "Flamingo naval base (Port Sudan)"),         # K
 "heglig": ("oilfield", "SD", 9.99940, 29.39860, "Heglig oil field"),                    # G
 "djibouti": ("city", "DJ", 11.58901, 43.14503, "Djibouti"),                             # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 # qgq4 Fada and Ounianga (Télé Tchad / ONRTV)
 "fada": ("town", "TD", 17.19186, 21.58081, "Fada"),                                     # G
 "ndjamena_airport": ("airport", "TD", 12.13370, 15.03400, "N'Djamena International Airport"),  # G
 "ennedi_ouest": ("district", "TD", 18.50000, 21.40000, "Ennedi-Ouest province"),        # G* (row إنيدي الغربية, kind region)
 "ounianga_kebir": ("town", "TD", 19.05263, 20.48887, "Ounianga Kébir"),                 # G
 "ounianga_serir": ("town", "TD", 18.91670, 20.86670, "Ounianga Sérir"),                 # G
 "border_td_ly": ("region", "TD", 21.0, 20.5, "Chad-Libya border (Chadian side)"),       # K
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                             # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 # qgq5 Kufra, Rebiana and the Libyan side (Al-Taghyeer)
 "hawari": ("village", "LY", 24.31667, 23.16667, "Al Hawwari"),                          # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),              # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "uweinat_triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),                # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"), # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),            # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                     # G
}

TRAPS = {
 "qgq1": ["تشاد إنفو", "الدعم السريع", "الجيش التشادي", "محمد إدريس ديبي", "لا أدري", "الجزائري", "السودانية", "تشادية"],
 "qgq2": ["دارفور 24", "الدعم السريع", "الجيش التشادي", "آدم الفاشري", "حركة تحرير السودان", "اتفاق طرابلس",
          "السودانية", "تشادية", "تشادي", "تشاديين"],
 "qgq3": ["الراكوبة", "سودان تربيون", "الدعم السريع", "خرطوم واحد", "الجيش التشادي", "السودانية", "الليبية",
          "سبل السلام"],
 "qgq4": ["التلفزيون التشادي", "عملية درع إنيدي", "إدريس أبكر", "مجلس القيادة العسكرية لإنقاذ الجمهورية",
          "التشادية", "الليبية"],
 "qgq5": ["التغيير", "سبل السلام", "الجيش الوطني الليبي", "عبد الرحمن الهواري", "الدعم السريع", "السودانيين"],
}

PHEN = {
 "qgq1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "town_vs_district",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qgq2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "town_vs_district", "coverage_neighbours", "countries"],
 "qgq3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qgq4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "qgq5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qgq1": [
  mv("reinforce", "reported", "Chadian armed groups", ["أبشة"], ["أدري"]),
  mv("deploy", "planned", "Chadian armed groups", [], ["معبر أدري"]),
  mv("withdraw", "conditional", "Chadian armed groups", ["أدري"], ["أبشة"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["الجنينة"]),
  mv("shipment", "denied", "Sudanese armed groups", ["أم جرس"], ["الجنينة"], ["أدري"]),
 ],
 "qgq2": [
  mv("advance", "reported", "Sudanese armed groups", ["كتم"], ["الطينة"]),
  mv("reinforce", "reported", "Chadian armed groups", ["إريبا"], ["تيني"]),
  mv("redeploy", "planned", "Chadian armed groups", ["تيني"], ["باهاي"]),
  mv("withdraw", "conditional", "Sudanese armed groups", ["الطينة"]),
  mv("deploy", "denied", "Chadian armed groups", ["تيني"], ["الطينة"]),
 ],
 "qgq3": [
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["مليط"], ["المثلث الحدودي"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["مليط"]),
  mv("shipment", "denied", "Sudanese armed groups", ["باهاي"]),
  mv("reinforce", "conditional", "Chadian armed groups", ["أم جرس"], ["بهاي"]),
  mv("airlift", "planned", "Sudanese armed groups", ["بورتسودان"], ["مروي"]),
  mv("naval_landing", "planned", "Russian forces", [], ["قاعدة فلامنغو البحرية"]),
 ],
 "qgq4": [
  mv("airlift", "reported", "Chadian armed groups", ["مطار انجمينا"], ["فادا"]),
  mv("deploy", "reported", "Chadian armed groups", ["فادا"], ["أونيانغا الكبير"]),
  mv("redeploy", "planned", "Chadian armed groups", ["أونيانغا الكبير"], ["أونيانغا الصغير"]),
  mv("advance", "conditional", "Chadian armed groups", ["أونيانغا الكبير"], ["الحدود مع ليبيا"]),
  mv("advance", "denied", "Chadian armed groups", ["ربيانه"], ["أونيانغا الكبير"]),
 ],
 "qgq5": [
  mv("deploy", "reported", "Libyan National Army", ["الهواري"], ["ربيانة"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("redeploy", "conditional", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("deploy", "denied", "Sudanese armed groups", ["الكفرة"], ["مثلث العوينات"]),
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
  mv("shipment", "reported", "Libyan National Army", ["مرفأ طرابلس"], ["الكفرة"], ["ميناء بنغازي"]),
 ],
}

NOTES = {
 "qgq1": "Adré from a Chadian outlet: a Chadian army reinforcement Abéché→Adré (the '2 km from West Darfur' position "
         "adds no place), a planned company on the Adré crossing, a conditional pull-back Adré→Abéché once Geneina is "
         "calm (Geneina only the condition there), the RSF's reported massing around Geneina, and a denied transfer of "
         "fighters and arms for the RSF Amdjarass→Geneina via Adré (Amdjarass airport only in the quote). Abéché is also "
         "the dateline, N'Djamena/Port Sudan/Algiers are speakers or venues; 'لا أدري' and Déby's 'إدريس' are traps.",
 "qgq2": "Tiné and Tina from a Darfuri outlet: an RSF advance Kutum→Tina ('35 km east of the city' adds no place), a "
         "Chadian reinforcement Iriba→Tiné, a planned company Tiné→Bahai ('60 km north'), the joint force's "
         "conditional pull-out from Tina, and a denied crossing of Chadian soldiers Tiné→Tina; civilians crossing to "
         "Tiné, El Fasher's fall and Darfur are background; 'اتفاق طرابلس' is a trap.",
 "qgq3": "A Sudanese-exile report on the Kufra supply road: an RSF fuel/ammunition convoy Kufra→Mellit via the border "
         "triangle, RSF massing around Mellit, a denied truck crossing out of Bahai, a conditional Chadian reinforcement "
         "Amdjarass→Bahai (written بهاي), a planned SAF airlift Port Sudan→Merowe (Libya only the target of the supply "
         "lines), and a planned Russian landing at the Flamingo base ('north of Port Sudan' is a locator). Heglig, "
         "Djibouti, Tripoli and Benghazi are background; 'خرطوم واحد' (one hose) is a trap.",
 "qgq4": "Fada and Ounianga from Chadian state TV: an airlift N'Djamena airport→Fada, a column Fada→Ounianga Kébir, a "
         "planned company Ounianga Kébir→Ounianga Sérir ('40 km east'), a conditional advance from Ounianga Kébir to "
         "the border with Libya (Kufra only the condition), and the CCMSR's denied advance Rebiana (written ربيانه)→"
         "Ounianga Kébir; Faya-Largeau–Kufra road and the Libyan south are background.",
 "qgq5": "Kufra from a Sudanese-exile outlet: the Subul al-Salam brigade Al-Hawari→Rebiana (Kufra only a locator and "
         "distance reference), a planned cargo flight Benina air base→Kufra airport, a conditional company "
         "Kufra→Maaten al-Sarra base (the border with Sudan only the condition), the RSF's denied crossing "
         "Kufra→the Uweinat triangle, a reported Russian landing at Tobruk port, and armoured vehicles shipped from "
         "Tripoli port (Lebanon) via Benghazi port to Kufra; Tripoli (Libya) and the Sarir field are background; "
         "the spokesman 'عبد الرحمن الهواري' is a trap.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qgq1", "qgq2", "qgq3", "qgq4", "qgq5")
