# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 # qkr1 Ras Ajdir reopens (Arrai Al-Jadid, Ben Gardane)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G (row مجمع مليتة)
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "border_tn": ("region", "TN", 32.5, 10.95, "Tunisia-Libya border (Tunisian side)"),    # K
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba Zarzis International Airport"),  # G
 # qkr2 Wazin closed (Nalut Local Radio)
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G (row منفذ وازن)
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "nalut_mun": ("district", "LY", 31.86848, 10.98120, "Nalut municipality"),             # G* (town row, kind district)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                    # G (LY row, not Djado NE)
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "western_mountain": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "border_tn_ly": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 # qkr3 Sallum/Imsaed reopens (Akhbar Masr, Sallum)
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "amsaad_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "amsaad": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "bardia": ("town", "LY", 31.75601, 25.08530, "Bardia"),                                # G (row بردية)
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G (row مطروح)
 "border_eg": ("region", "EG", 31.2, 25.2, "Egypt-Libya border (Egyptian side)"),       # K
 # qkr4 Tumu closed (Dzair Tube, Algiers)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),            # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "ummaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "border_ne": ("region", "NE", 22.3, 13.8, "Niger-Libya border (Nigerien side)"),       # K
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador triangle"),                 # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 # qkr5 Kufra routes (Al-Mashhad Al-Sudani, Port Sudan)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "karb": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                           # G
 "wadihowar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                       # G
 "dabbah": ("town", "SD", 18.05, 30.95, "Ad Dabbah"),                                   # K
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                      # G
 "elfasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                           # G
}

TRAPS = {
 "qkr1": ["الرأي الجديد", "الجيش الوطني", "كتيبة ثوار طرابلس", "علي الزواري", "الجدير بالذكر", "وكالة تونس إفريقيا للأنباء",
          "الليبي", "ليبية", "تونسية"],
 "qkr2": ["إذاعة نالوت المحلية", "النالوتي", "الموازنة", "إذاعة تطاوين", "الجيش التونسي", "التونسي",
          "قوة حماية طرابلس"],
 "qkr3": ["أخبار مصر", "المنطقة الغربية العسكرية", "إدريس السلومي", "الجيش الليبي", "الليبية", "المصري", "مصرية"],
 "qkr4": ["دزاير توب", "الجيش الوطني الليبي", "إدريس القطروني", "اللواء طارق بن زياد", "التشادية", "النيجري",
          "الجيش الوطني الشعبي", "الناحية العسكرية الرابعة"],
 "qkr5": ["الدعم السريع", "المشهد السوداني", "السودانية", "متحرك الصحراء", "الجيش الوطني الليبي", "كتيبة سبل السلام",
          "آدم الفاشري", "المياه المالحة", "تشادي"],
}

PHEN = {
 "qkr1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "border_phrase", "coverage_oil", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qkr2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
          "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qkr3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qkr4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qkr5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qkr1": [
  mv("deploy", "reported", "Tunisian army", ["مدنين"], ["معبر رأس جدير"], ["بن قردان"]),
  mv("reinforce", "reported", None, ["صفاقس"], ["بن قردان"]),
  mv("deploy", "planned", "GNA forces", ["زوارة"], ["منفذ راس اجدير"]),
  mv("naval_landing", "denied", "Tunisian army", [], ["أبو كماش"]),
  mv("withdraw", "conditional", "Tunisian army", ["معبر رأس جدير"], ["مدنين"]),
 ],
 "qkr2": [
  mv("deploy", "reported", "Zintan forces", ["الزنتان"], ["منفذ وازن", "وازن"], ["جادو"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["منفذ وازن"]),
  mv("withdraw", "denied", "Zintan forces", ["منفذ وازن"], ["نالوت"]),
  mv("deploy", "reported", "Tunisian army", ["رمادة"], ["الذهيبة"]),
  mv("reinforce", "conditional", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
 ],
 "qkr3": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["منفذ السلوم البري"], ["سيدي براني"]),
  mv("withdraw", "conditional", "Egyptian army", ["السلوم"], ["مرسى مطروح"]),
  mv("deploy", "planned", "Libyan National Army", ["طبرق"], ["امساعد"]),
  mv("shipment", "reported", "Libyan National Army", ["طبرق"], ["الجغبوب"]),
  mv("naval_landing", "denied", "Egyptian army", [], ["البردية"]),
 ],
 "qkr4": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["منفذ التوم"], ["القطرون"]),
  mv("airlift", "reported", "Libyan National Army", ["بنغازي"], ["قاعدة الويغ"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["أم الأرانب"]),
  mv("airlift", "planned", "Nigerien army", ["ديركو"], ["ماداما"]),
  mv("advance", "denied", "Algerian army", ["جانت"], ["مثلث السلفادور"]),
  mv("redeploy", "conditional", "Algerian army", ["إليزي"], ["جانت"]),
 ],
 "qkr5": [
  mv("shipment", "denied", "Sudanese armed groups", ["الكفرة"], ["المالحة", "دارفور"], ["كرب التوم"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["وادي هور"]),
  mv("advance", "planned", "Sudanese army", ["الدبة"], ["المثلث الحدودي"]),
  mv("redeploy", "reported", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("reinforce", "conditional", "Chadian army", ["فايا لارجو"], ["أونيانقا كبير"]),
  mv("withdraw", "reported", "Sudanese army", ["المثلث الحدودي"]),
 ],
}

NOTES = {
 "qkr1": "Tunisian site on Ras Ajdir reopening (dateline Ben Gardane, also the via): Tunisian army units Medenine→the "
         "crossing via Ben Gardane, National Guard reinforcements Sfax→Ben Gardane (no canonical actor), a planned GNU "
         "joint force Zuwara→the crossing in the Libyan spelling 'منفذ راس اجدير', a denied Tunisian sea landing near "
         "Abu Kammash and a conditional return crossing→Medenine; Zaltan, Al-Jumayl, Mellitah, Tripoli, Djerba airport, "
         "Tunisia/Libya are background; traps 'الجيش الوطني' (Tunisian army), 'كتيبة ثوار طرابلس', 'الجدير بالذكر', "
         "'الرأي الجديد' and the TAP agency name with Tunis inside.",
 "qkr2": "Nalut local radio (Nalut dateline and inside the outlet's name, the manager's nisba النالوتي): a Zintan force "
         "Zintan→Wazin crossing and the town via Jadu, a planned border-guard company from Tripoli to replace it (anaphora "
         "'تحل محلها' → the crossing), a denied pull-back crossing→Nalut, Tunisian army units Remada→Dehiba and a "
         "conditional reinforcement Tataouine→Dehiba (Tataouine also inside 'إذاعة تطاوين'); 'الموازنة' contains وازن; "
         "Ras Ajdir, Ghadames, the Western Mountain and the Tunisian border are background.",
 "qkr3": "Egyptian state portal on the Sallum land port reopening (dateline Sallum; Egypt inside the outlet's name): "
         "border-guard reinforcements Marsa Matruh→the crossing (anaphora 'المنفذ') via Sidi Barrani, a conditional "
         "return Sallum→Marsa Matruh, a planned LNA battalion Tobruk→Amsaad, an LNA ammunition convoy Tobruk→Jaghbub and a "
         "denied Egyptian landing on the Bardia coast; Benghazi (trucks), Matruh governorate, Egypt/Libya and the border "
         "are not movement places; the trucker is named إدريس السلومي.",
 "qkr4": "Algerian site (dateline Algiers vs the country) on the Tumu closure: an LNA column Sabha→Tumu crossing via "
         "Qatrun, special forces airlifted Benghazi→Al-Wigh base, Chadian rebels massing near Umm al-Aranib, a planned "
         "Nigerien airlift Dirkou→Madama, a denied Algerian advance Djanet→the Salvador triangle (El Salvador inside "
         "the name) and a conditional battalion move Illizi→Djanet; Sharara field, Niamey, Agadez and the borders are "
         "background; the commander's name holds إدري and القطرون.",
 "qkr5": "Sudanese site (dateline Port Sudan) on the Kufra routes: an RSF convoy Kufra→Al-Malha/Darfur via Karb al-Tom "
         "alleged by the army and denied by the LNA, RSF massing near Wadi Howar, a planned SAF advance Al-Dabbah→the "
         "border triangle, an LNA column Kufra→Maaten al-Sarra base, a conditional Chadian reinforcement Faya-Largeau→"
         "Ounianga Kebir (Kufra in the condition only) and last June's SAF withdrawal from the triangle; El Fasher is a "
         "distance reference, 'المياه المالحة' and 'آدم الفاشري' are traps.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qkr1", "qkr2", "qkr3", "qkr4", "qkr5")
