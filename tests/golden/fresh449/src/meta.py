# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 # datelines and capitals
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G
 "lyon": ("city", "FR", 45.76400, 4.83570, "Lyon"),                                     # K
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_lb_port": ("crossing", "LB", 34.46000, 35.82000, "Port of Tripoli (Lebanon)"), # K
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 # qi1 south-east, Sudanese border (UN Panel of Experts)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G* (row قاعدة الخادم)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"), # G* (row مثلث العوينات)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G
 "east_oweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                    # G* (airport row)
 "south_east": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),             # G* (row جنوب شرق ليبيا)
 # qi2 Tripoli and the west (ICG)
 "tekbali": ("base", "LY", 32.88743, 13.18733, "Tekbali Camp"),                         # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "ain_zara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "tripoli_port": ("crossing", "LY", 32.90000, 13.19000, "Port of Tripoli"),             # K
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"), # G* (row الحدود الليبية التونسية)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir crossing"),              # G* (row منفذ رأس جدير)
 # qi3 Fezzan (ACLED)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),             # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen crossing"),                   # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # qi4 Irini report, Russian and Turkish logistics
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # K
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya"),                      # G* (row إقليم طرابلس)
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "misrata_port": ("crossing", "LY", 32.37000, 15.21000, "Port of Misrata (Qasr Ahmed)"), # K
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                # G
 # qi5 UN Secretary-General report (Sirte line, oil crescent)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "sidra": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "qi1": ["فرانس 24", "الدعم السريع", "كتيبة سبل السلام", "السودانيين", "المصري"],
 "qi2": ["اتفاق الصخيرات", "هسبريس", "عماد الطرابلسي", "محمد الإدريسي", "المجلس العسكري الزنتان", "مصراتية",
         "التونسي"],
 "qi3": ["أكليد", "يورونيوز", "منطقة سبها العسكرية", "الشرارة الأولى", "لا أدري", "تشادية"],
 "qi4": ["إيريني", "سبوتنيك", "دعم مالي", "الفيلق الأفريقي", "الروسية", "التركية"],
 "qi5": ["مونت كارلو الدولية", "المجلس العسكري مصراتة", "أحمد معيتيق", "المنطقة العسكرية الوسطى", "السوريين",
         "المصراتي"],
}

PHEN = {
 "qi1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qi2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "qi3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qi4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "coverage_bases", "countries"],
 "qi5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
}

MOVES = {
 "qi1": [
  _m("airlift", "reported", "Libyan National Army", ["قاعدة الخادم الجوية"], ["مطار الكفرة"]),
  _m("mobilise", "reported", "Sudanese armed groups", [], ["جبل العوينات"]),
  _m("shipment", "denied", "Libyan National Army", ["الكفرة"], ["المالحة"], ["المثلث الحدودي"]),
  _m("deploy", "planned", "Libyan National Army", [], ["قاعدة معطن السارة"]),
  _m("reinforce", "conditional", "Egyptian army", [], ["شرق العوينات"]),
 ],
 "qi2": [
  _m("advance", "reported", "GNA forces", ["معسكر التكبالي"], ["الزاوية"], ["جنزور"]),
  _m("withdraw", "reported", "Misrata forces", ["عين زارة"], ["مصراتة"], ["الخمس"]),
  _m("naval_landing", "planned", "Turkish armed forces", [], ["ميناء طرابلس"]),
  _m("mobilise", "denied", "Zintan forces", [], ["العزيزية"]),
  _m("reinforce", "conditional", "Tunisian army", [], ["بن قردان"]),
 ],
 "qi3": [
  _m("reinforce", "reported", "Libyan National Army", ["سبها"], ["أوباري"], ["الغريفة"]),
  _m("withdraw", "reported", "Chadian armed groups", ["أم الأرانب"], ["الحدود مع النيجر"]),
  _m("redeploy", "planned", "Libyan National Army", ["قاعدة براك الجوية"], ["حقل الشرارة"]),
  _m("withdraw", "denied", "Libyan National Army", ["إدري"], []),
  _m("deploy", "conditional", "Algerian army", [], ["جانت"]),
 ],
 "qi4": [
  _m("redeploy", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  _m("naval_landing", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  _m("shipment", "reported", "Turkish armed forces", ["مرسين"], ["ميناء مصراتة"]),
  _m("airlift", "planned", "Russian forces", ["قاعدة الجفرة الجوية"], ["باماكو"]),
  _m("withdraw", "conditional", "Russian forces", ["ليبيا"], []),
 ],
 "qi5": [
  _m("withdraw", "reported", "Syrian mercenaries", ["طرابلس", "مطار معيتيقة"], ["تركيا"]),
  _m("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سرت"], ["ودان"]),
  _m("redeploy", "planned", "GNA forces", ["الوشكة"], ["أبو قرين"]),
  _m("advance", "conditional", "GNA forces", [], ["سرت"]),
  _m("mobilise", "denied", "Misrata forces", [], ["تاورغاء"]),
 ],
}

NOTES = {
 "qi1": "France 24 retells a UN Panel of Experts final report on south-east Libya: a hedged (ويرجّح) Il-76 airlift "
        "Al Khadim air base→Kufra airport and an RSF build-up at Jebel Uweinat are reported; the fuel/ammunition run "
        "Kufra→Al Malha via the triangle is an accusation denied by the LNA spokesman (denied); a planned battalion for "
        "Maaten al-Sarra (تعتزم); Egypt's reinforcement of East Oweinat «إذا» (conditional). Not moves: Sudanese "
        "refugees reaching Kufra on civilian trucks, the mayor's aid request, LNA units stationed in the south-east, "
        "the headline retelling.",
 "qi2": "Hespress (Rabat) retells an ICG report on Tripoli: the 444 Brigade's advance Tekbali camp→Zawiya via Janzour "
        "and an earlier Misrata pull-back Ain Zara→Misrata via Al-Khums (reported flashback); Ankara's planned landing "
        "ship for Tripoli port; a Zintan build-up at Al-Aziziyah denied by the Zintan council; the Tunisian army's "
        "reinforcement of Ben Gardane only «إذا أُغلق معبر رأس جدير» (conditional). Traps: the Skhirat agreement, "
        "Emad Trabelsi, the analyst Mohamed El Idrissi; Tunis officials (city) vs the border with Tunisia (country); "
        "travellers at Ras Ajdir are not a move.",
 "qi3": "Euronews Arabic retells an ACLED monthly brief on Fezzan: an LNA reinforcement Sabha→Ubari via Al-Ghurayfa "
        "and a Chadian pull-back Umm al-Aranib→the Niger border (reported); an «unconfirmed» plan to move a battalion "
        "Brak air base→Sharara field (planned); the Sabha military zone commander denies a pull-out from Idri «لا "
        "أدري…» (denied); Algeria's possible deployment to Djanet «في حال» (conditional). Not moves: the Isayen "
        "crossing kept closed, smugglers and migrants on the Chad/Niger roads, ACLED's incident counts.",
 "qi4": "Sputnik Arabic (Moscow) on an EU Irini report: Moscow denies moving personnel Jufra air base→Brak air base "
        "(denied); the Russian landing ship Tartus→Tobruk port, on which Moscow did not comment (reported); a Turkish "
        "cargo ship with ammunition and armour Mersin→Misrata port for the Turkish forces (reported shipment); planned "
        "Africa Corps cargo flights Jufra air base→Bamako; Russian instructors would leave Libya «إذا» a unified "
        "authority asks (conditional). Traps: Irini, «دعم مالي», the Africa Corps name; Rome (Irini HQ) is no "
        "movement place.",
 "qi5": "Monte Carlo Doualiya retells the UN Secretary-General's report on UNSMIL: about 300 Syrian mercenaries left "
        "Tripoli on flights from Mitiga to Turkey and two LNA battalions reached west of Sirte from Jufra air base via "
        "Waddan (reported); a GNA repositioning Al-Washka→Abu Qurayn (planned, تعتزم); the central military region "
        "«قد تتقدم نحو سرت إذا انهار وقف إطلاق النار» (conditional); Misrata's military council denies massing at "
        "Tawergha (denied). Not moves: halted oil exports, a smuggled fuel cargo seized at the port of Tripoli (Lebanon) after "
        "sailing from Zuwara, the next 5+5 meeting in Tunis.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qi1", "qi2", "qi3", "qi4", "qi5")
