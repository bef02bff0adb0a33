# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra (area, point at Hun)"),      # G* (row هون)
 # qic1 Tripoli and the west (Nidaa al-Watan)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G* (row شمال لبنان)
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al-Qarabulli"),                  # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 # qic2 Kufra and the Sudan border (Al-Intibaha)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra district"),             # G (district row, surface with شعبية)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),     # G* (row مثلث العوينات)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G (row خرطوم)
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),               # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 # qic3 Sirte, Jufra and the Russians (Al-Quds Al-Arabi)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica"),                        # G
 "tripolitania": ("region", "LY", 30.79644, 14.18653, "Tripolitania"),                  # G* (row إقليم طرابلس)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 # qic4 the Tunisian and Algerian borders (Le Maghreb)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tn_southeast": ("region", "TN", 33.0, 10.5, "South-eastern Tunisia"),                 # K
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),          # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),           # G* (town row)
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),             # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                             # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "border_tn_side": ("region", "TN", 33.08, 11.40, "Tunisia-Libya border (Tunisian side)"),  # K
 # qic5 Egypt's western border (Sada El Balad)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "border_eg": ("region", "EG", 31.3, 25.1, "Egypt-Libya border (Egyptian side)"),       # K
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G (district row, surface with محافظة)
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "gaziantep": ("city", "TR", 37.05944, 37.38250, "Gaziantep"),                          # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
}

TRAPS = {
 "qic1": ["نداء الوطن", "الليبية", "الجنزوري", "الكتائب المصراتية", "السنوات الخمس", "التركية", "الجيش الوطني الليبي"],
 "qic2": ["الانتباهة", "الجيش الوطني الليبي", "قوات الدعم السريع", "السودانيين", "الأراضي الليبية", "سبل السلام", "مصري"],
 "qic3": ["القدس العربي", "إدريس السنوسي", "الروسية", "الفيلق الأفريقي", "اللواء 106 مجحفل", "مالي"],
 "qic4": ["المغرب", "الجيش التونسي", "مراد الزواري", "الجزائرية", "الجيش الجزائري", "السلطات الليبية", "خسرت"],
 "qic5": ["صدى البلد", "المصرية", "التركية", "قوة حماية طرابلس", "عقيلة صالح", "المصري", "مصري"],
}

PHEN = {
 "qic1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "vague_area", "coverage_bases", "countries"],
 "qic2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
          "countries"],
 "qic3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases",
          "coverage_oil", "countries"],
 "qic4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qic5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qic1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية"], ["جنزور"]),
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["تاجوراء"], ["القره بوللي"]),
  mv("mobilise", "denied", "Zintan forces", [], ["العزيزية"]),
  mv("shipment", "planned", "Turkish armed forces", ["قاعدة الوطية"], ["مطار معيتيقة"]),
  mv("advance", "conditional", "Libyan National Army", ["سرت"], ["أبوقرين"]),
 ],
 "qic2": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["الكفرة"], ["جالو"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["المثلث الحدودي"], ["المالحة"]),
  mv("advance", "denied", "Sudanese armed groups", [], ["قاعدة معطن السارة"]),
  mv("deploy", "planned", "Libyan National Army", ["الكفرة"], ["الحدود مع السودان"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة الخادم"], ["مطار الكفرة"]),
 ],
 "qic3": [
  mv("withdraw", "reported", "Russian forces", ["قاعدة القرضابية"], ["قاعدة الجفرة الجوية"]),
  mv("redeploy", "reported", "Libyan National Army", ["بنغازي"], ["سرت"], ["اجدابيا"]),
  mv("naval_landing", "denied", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("deploy", "planned", "GNA forces", ["مصراتة"], ["أبوقرين"]),
  mv("advance", "conditional", "Libyan National Army", ["الجفرة"], ["بني وليد"]),
 ],
 "qic4": [
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("deploy", "reported", "GNA forces", ["الزاوية"], ["معبر رأس جدير"], ["زوارة"]),
  mv("shipment", "denied", "Algerian army", ["برج عمر إدريس"], ["غدامس"]),
  mv("redeploy", "planned", "Zintan forces", ["الرجبان"], ["وازن"], ["نالوت"]),
  mv("mobilise", "conditional", "Tunisian army", ["قابس"], ["بن قردان"]),
 ],
 "qic5": [
  mv("redeploy", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيدي براني"]),
  mv("naval_landing", "reported", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"]),
  mv("airlift", "denied", "Syrian mercenaries", ["غازي عنتاب"], ["مطار مصراتة"]),
  mv("redeploy", "planned", "Libyan National Army", ["طبرق"], ["البردي"]),
  mv("advance", "conditional", "Egyptian army", ["سيدي براني"], ["السلوم"]),
 ],
}

NOTES = {
 "qic1": "Year-end review (Nidaa al-Watan, Beirut): January GNA column Tripoli→Zawiya via Janzour; April Misrata "
         "reinforcements Misrata→Tajura via Garabulli; August Zintan's denied massing at Al-Aziziyah (Zintan only the "
         "council's seat); 2027: a planned Turkish shipment of air-defence systems Al-Watiya base→Mitiga airport (Ankara "
         "only the ministry's seat) and a conditional LNA advance Sirte→Abu Qurayn (Benghazi only the speaker's city). "
         "Lebanese Tripoli, North Lebanon, Beirut, Lebanon, Western Libya and the closing Zawiya/Mitiga mentions are "
         "not movement places.",
 "qic2": "Year-end review (Al-Intibaha, Khartoum): February LNA reinforcements Benghazi→Kufra via Jalu (Sarir field only "
         "the reason); June RSF pull-out from the border triangle to Al-Malha (North Darfur only locates Al-Malha); "
         "September RSF deny entering Maaten al-Sarra base; 2027: the Kufra-based brigade to be deployed along the "
         "border with Sudan (planned) and a conditional company airlift Al-Khadim base→Kufra airport (Benghazi = "
         "speaker). Refugee figures from the Kufra district are no movement.",
 "qic3": "Year-end review (Al-Quds Al-Arabi, London): February Russian 'Africa Corps' pull-out Gardabya base→Jufra "
         "air base (Sirte only locates Gardabya); June LNA brigade Benghazi→Sirte via Ajdabiya; September Moscow "
         "denies a landing of 300 fighters at Tobruk port by a warship from Tartus (Syria only locates Tartus); 2027: "
         "planned GNA battalions Misrata→Abu Qurayn and a conditional LNA advance Jufra→Bani Walid. Headline, the "
         "Sirte–Jufra line, the three historic provinces and the Es Sider shutdown add no movement.",
 "qic4": "Year-end review (Le Maghreb, Tunis): March Tunisian reinforcements Tataouine→Dehiba (Wazin crossing only "
         "where fighting was); May a GNA interior-ministry force Zawiya→Ras Ajdir crossing via Zuwara; August Algiers "
         "denies an Algerian army ammunition convoy Bordj Omar Driss→Ghadames; 2027: planned Zintan battalions "
         "Al-Rujban→Wazin via Nalut (Zintan = council's seat) and a conditional Tunisian massing of units from Gabes "
         "in Ben Gardane (Ras Ajdir there only the condition; the border phrase only a distance reference).",
 "qic5": "Year-end review (Sada El Balad, Cairo): January Egyptian units Mohamed Naguib base→Sidi Barrani (Matruh "
         "governorate a locator); April a Turkish navy landing ship from Mersin lands marines and armour at Khoms "
         "port; July the GNA denies Syrian mercenaries flown Gaziantep→Misrata airport; 2027: planned LNA battalion "
         "Tobruk→Bardia (Amsaad crossing only a locator) and a conditional Egyptian advance Sidi Barrani→Sallum. "
         "Cairo, the border phrase and the Sirte–Jufra red line are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
BAR_IN_TEXT = True  # qic2 and qic5 headlines have a literal "|" («حصاد 2026 |»)
IDS = ("qic1", "qic2", "qic3", "qic4", "qic5")
