# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # qit1 Sirte front (Khaberni, Amman)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G (row عمان; written عمّان)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (base row, near Hun/Waddan)
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 # qit2 eastern border (Al-Mesryoon, Cairo)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "bardia": ("town", "LY", 31.75601, 25.08530, "Bardia"),                                # G (row بردية)
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "border_eg": ("region", "EG", 31.2, 25.2, "Egypt-Libya border (Egyptian side)"),       # K
 "border_ly_eg": ("region", "LY", 29.75, 24.85, "Libya-Egypt border (Libyan side, near Jaghbub)"),  # K
 # qit3 Fezzan (Baghdad Today)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G (row أوباري; written اوباري)
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 # qit4 Kufra and Sudan (Al-Masdar Online)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 # qit5 Ras Ajdir and the Tunisian side (Al-Nahar, Tunis)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G (row بن قردان; written بنقردان)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
}

TRAPS = {
 "qit1": ["مصراتي", "الجيش الوطني", "خبرني", "فرانس برس", "المجلس العسكري مصراتة", "سرت شائعات", "سالم الزليتني",
          "الليبي", "تركية", "مصري", "المنطقة العسكرية الغربية", "وكالة أنباء الشرق الأوسط"],
 "qit2": ["المصريون", "رويترز", "الجيش الوطني", "الليبي", "المنطقة العسكرية طبرق", "الجغبوبي", "المصري", "مصرية",
          "مصرياً", "مطروحة"],
 "qit3": ["طارق بن زياد", "بغداد اليوم", "الجيش الوطني", "الليبي", "الأناضول", "تشاديين", "الطرابلسي", "الخبر",
          "جزائري", "الجيش الوطني الشعبي"],
 "qit4": ["سودانية", "الجيش الوطني", "المصدر أونلاين", "السوداني", "الليبي", "الدعم السريع", "سبل السلام",
          "إدريس الكفراوي", "الكفراوي", "أسوشيتد برس"],
 "qit5": ["النهار", "وكالة تونس إفريقيا للأنباء", "وات", "الليبية", "الليبي", "منير الطرابلسي", "الجيش الوطني",
          "تركيتين", "التركية", "التونسية", "التونسي"],
}

PHEN = {
 "qit1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours"],
 "qit2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qit3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qit4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qit5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qit1": [
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["الوشكة"], ["أبوقرين"]),
  mv("advance", "denied", "Misrata forces", [], ["سرت"]),
  mv("reinforce", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سرت"]),
  mv("naval_landing", "denied", "Turkish armed forces", ["مرسين"], ["ميناء مصراتة"]),
  mv("redeploy", "conditional", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
 ],
 "qit2": [
  mv("deploy", "reported", "Libyan National Army", ["طبرق"], ["الجغبوب"]),
  mv("naval_landing", "planned", "Libyan National Army", ["ميناء بنغازي"], ["ميناء طبرق"]),
  mv("shipment", "denied", "Egyptian army", ["السلوم"], ["طبرق"], ["منفذ امساعد"]),
  mv("mobilise", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
  mv("advance", "conditional", "Libyan National Army", ["الجغبوب"], ["الحدود مع مصر"]),
 ],
 "qit3": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["اوباري"], ["الغريفة"]),
  mv("deploy", "denied", "Libyan National Army", ["سبها"], ["حقل الشرارة"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["أم الأرانب"]),
  mv("airlift", "planned", "GNA forces", ["قاعدة معيتيقة"], ["حقل الشرارة"]),
  mv("reinforce", "conditional", "Algerian army", ["تمنراست"], ["جانت"]),
 ],
 "qit4": [
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["المالحة"], ["المثلث الحدودي"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["جبل العوينات"], ["المالحة"]),
  mv("redeploy", "planned", "Libyan National Army", ["تازربو"], ["الكفرة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
 ],
 "qit5": [
  mv("withdraw", "reported", "GNA forces", ["معبر رأس اجدير"], ["زوارة"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["معبر رأس اجدير"]),
  mv("airlift", "denied", "Turkish armed forces", ["أنقرة"], ["قاعدة الوطية"]),
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بنقردان"]),
  mv("deploy", "conditional", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
 ],
}

NOTES = {
 "qit1": "Conflicting accounts of one Misrata column (AFP: ~60 vehicles at dawn; Abu Qurayn residents: a long "
         "line at noon; the Misrata military council: 20 vehicles, a routine rotation; the LNA: over 100): a reported "
         "reinforcement Misrata→Al-Washka via Abu Qurayn, a rumoured entry into Sirte denied by the council ('سرت "
         "شائعات' is the verb 'spread', a trap), a planned LNA push Al-Jufra air base→Sirte, an LNA claim of a Turkish "
         "landing ship Mersin→Misrata port denied by the GNU, and an Egyptian conditional redeploy Marsa Matruh→Sallum; "
         "Amman (dateline), Cairo (speaker), the Sirte–Jufra line and Geneva (background) are not movement places.",
 "qit2": "Reuters, the LNA's Tobruk command (commander named al-Jaghbubi), the GNU chief of staff, Sallum residents "
         "and an Egyptian military source disagree on numbers and dates: a reported LNA deployment Tobruk→Al-Jaghbub, "
         "a planned LNA marine landing Benghazi port→Tobruk port (Bardia only the extent of the surveillance), a "
         "GNU claim of Egyptian arms trucks Sallum→Tobruk via the Amsaad crossing denied by Egypt, Egyptian armour "
         "massing in Sallum from Marsa Matruh (reported, played down), and a conditional LNA advance Al-Jaghbub→the "
         "border with Egypt; 'مطروحة' is a trap, the 1925 cession to Italy is history.",
 "qit3": "Three versions of where a Tariq bin Ziyad (LNA) column from Sabha went: Anadolu says Sharara field, "
         "Al-Ghurayfa residents and the brigade say Ubari (spelled اوباري) — a reported deploy Sabha→Ubari via "
         "Al-Ghurayfa and the Sharara claim denied; the brigade's claim of Chadian gunmen massing near Umm al-Aranib "
         "denied by local notables; a planned GNU airlift Mitiga base→Sharara field (spokesman named al-Trabelsi); "
         "an Algerian conditional reinforcement Tamanrasset→Djanet (Ghat only the condition; Algiers vs Algeria); "
         "El Feel and Idri are background.",
 "qit4": "Sudan's government in Port Sudan accuses the LNA of escorting arms convoys Kufra→Al-Malha (North Darfur) via "
         "the border triangle, denied by the brigade spokesman (named Idris al-Kufrawi); an airlift Benina base→Kufra "
         "airport reported by AP with a municipal official disputing the frequency; RSF fighters reported withdrawn "
         "Jebel Uweinat→Al-Malha although the Sudanese army says they are still there; a planned company "
         "Tazirbu→Kufra; a conditional reinforcement from 'the city' (Kufra)→Maaten al-Sarra base; Chad, Sudan and "
         "Darfur are background.",
 "qit5": "TAP, a Ben Gardane trader, Zuwara residents and the GNU interior ministry disagree on what happened at the "
         "Ras Ajdir crossing: the GNU force's pull-out crossing→Zuwara (withdraw, reported; 'rotation' vs 'no security "
         "presence', Saturday night vs Sunday dawn), a planned handover to a unit from Tripoli, an LNA claim from "
         "Benghazi of two Turkish transport planes Ankara→Al-Watiya base denied by the GNU and the Turkish embassy, a "
         "Tunisian reinforcement Medenine→Ben Gardane (spelled بنقردان) and a conditional one Tataouine→Dehiba; "
         "Tunis is the dateline, Tunisia the country in the border phrase.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qit1", "qit2", "qit3", "qit4", "qit5")
