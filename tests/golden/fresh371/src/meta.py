# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # capitals and big cities used in more than one article
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # ni1 Tripoli and the west (Al-Masar TV)
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                           # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 # ni2 the Egyptian border and eastern Libya (Al-Qahera News)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                         # G
 "border_eg": ("region", "EG", 31.2, 25.1, "Egypt-Libya border (Egyptian side)"),       # K
 "sallum_port": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),             # G* (row منفذ امساعد, country EG)
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf port"),             # G* (row راس لانوف)
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "sidra_port": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),         # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row, as district)
 # ni3 Kufra and the Sudanese border (BBC News Arabic live page)
 "south_east_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),          # G* (row جنوب شرق ليبيا)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "benina_ap": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),    # G* (row مطار بنينا)
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"), # G* (row مثلث العوينات)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 # ni4 the Algerian border and the Fezzan (Ennahar TV)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (kind village in the row)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "border_dz": ("region", "DZ", 25.3, 9.7, "Algeria-Libya border (Algerian side)"),      # K
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum crossing"),            # G* (row منفذ إيسين, country DZ)
 "sw_ly": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                  # G* (row الجنوب الغربي)
 # ni5 the Tunisian border (Nessma TV)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine governorate"),        # G
 "border_tn": ("region", "TN", 32.9, 11.3, "Tunisia-Libya border (Tunisian side)"),      # K
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zuwara_port": ("crossing", "LY", 32.92, 12.12, "Zuwara port"),                        # K
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "wazin_cross": ("crossing", "LY", 31.97500, 10.68300, "Wazin crossing"),               # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "dehiba_cross": ("crossing", "TN", 31.97500, 10.68300, "Dehiba crossing"),             # G* (row منفذ وازن, country TN)
}

TRAPS = {
 "ni1": ["المسار", "قطعوا علينا الماية", "شارع طرابلس", "تركية"],
 "ni2": ["القاهرة الإخبارية", "غرفة عمليات سرت والجفرة", "عادل الطبرقي", "الساعات الخمس", "الجيش المصري",
         "القيادة العامة للجيش الوطني الليبي", "الروسية"],
 "ni3": ["سودان تريبيون", "إدريس الزوي", "قوات الدعم السريع", "القيادة العامة للجيش الليبي", "توقيت غرينتش"],
 "ni4": ["النهار", "اللواء طارق بن زياد", "علي الإدريسي", "الليبية", "روسية", "حل ليبي-ليبي"],
 "ni5": ["نسمة", "منير الطرابلسي", "التونسي", "الليبية"],
}

PHEN = {
 "ni1": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "coverage_bases", "countries"],
 "ni2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ni3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "ni4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_idri", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "ni5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ni1": [
  # 08:10 + 09:20 correction («من داخل العاصمة» = Tripoli, not Al-Watiya) + 10:05 arrival: one move
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الماية"], ["جنزور"]),
  # 10:40 Turkish cargo plane (Ankara is only the silent capital)
  mv("airlift", "reported", "Turkish armed forces", ["تركيا"], ["قاعدة الوطية"]),
  # 11:15 denied massing of Misrata's battalions
  mv("mobilise", "denied", "Misrata forces", [], ["الدافنية"]),
  # 12:00 the same force to stay 48 h, then go back
  mv("withdraw", "planned", "GNA forces", ["الماية"], ["طرابلس"]),
  # 13:30 «ستدفع بتعزيزات ... إذا»
  mv("reinforce", "conditional", "Zintan forces", ["الزنتان"], ["العزيزية"]),
 ],
 "ni2": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم"], ["سيدي براني"]),
  # 10:10 + 10:40 correction (not Es Sider) + 14:05 repeat («راس لانوف»): one move
  mv("naval_landing", "reported", "Libyan National Army", ["بنغازي"], ["ميناء راس لانوف"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا"], ["قاعدة الجفرة الجوية"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة الخادم"]),
  mv("advance", "conditional", "Egyptian army", [], ["سرت", "الجفرة"]),
 ],
 "ni3": [
  # items in live-blog order (newest first); listed here in text order
  # 11:05 report + 16:20 denial (above it): one shipment, denied
  mv("shipment", "denied", None, ["الكفرة"], ["دارفور"], ["المثلث الحدودي"]),
  mv("deploy", "planned", "Libyan National Army", ["الكفرة"], ["جبل العوينات"]),
  mv("redeploy", "conditional", "Libyan National Army", ["قاعدة معطن السارة"], ["الحدود مع السودان"]),
  mv("airlift", "reported", "Libyan National Army", ["بنينا"], ["مطار الكفرة"]),
  mv("advance", "reported", "Sudanese armed groups", ["المالحة"], ["المثلث الحدودي"]),
 ],
 "ni4": [
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  # 08:30 + 09:10 correction (not via Sabha) + 11:55 witness + 14:15 arrival: one move
  mv("deploy", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["غات"], ["اوباري"]),
  mv("redeploy", "planned", "Libyan National Army", ["إدري"], ["حقل الشرارة"]),
  mv("airlift", "denied", "Russian forces", ["النيجر"], ["مطار غات"]),
  mv("deploy", "conditional", "Algerian army", [], ["معبر تين الكوم"]),
 ],
 "ni5": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان"]),
  # 09:30 («محيط المعبر» = Ras Jedir) + 10:15 correction (Zuwara, not Al-Ajaylat): one move
  mv("withdraw", "reported", "GNA forces", ["معبر راس جدير"], ["زوارة"]),
  mv("naval_landing", "planned", "GNA forces", ["طرابلس"], ["ميناء زوارة"]),
  mv("shipment", "denied", None, ["تونس"], [], ["منفذ وازن"]),
  mv("mobilise", "conditional", "GNA forces", [], ["نالوت", "وازن"]),
 ],
}

NOTES = {
 "ni1": "Al-Masar TV ticker, Tripoli and the west: a GNA column Tripoli→Al-Maya via Janzour whose origin is corrected "
        "(«من داخل العاصمة», not Al-Watiya), a Turkish cargo plane Turkey→Al-Watiya, Misrata's denied massing at "
        "Dafniya, the column's planned return to Tripoli and Zintan's conditional reinforcement Zintan→Al-Aziziyah; "
        "traps: «الماية» = water, Tripoli Street, a photo wrongly placed in Janzour (really Zliten).",
 "ni2": "Al-Qahera News ticker, the Egyptian border and eastern Libya: Egyptian reinforcements Marsa Matruh→Sallum via "
        "Sidi Barrani, an LNA landing Benghazi→Ras Lanuf port corrected twice (not Es Sider), a planned Benina→Jufra "
        "air bridge, a denied Russian pull-out from Al Khadim and Egypt's conditional push to Sirte and Jufra; the "
        "Sallum land port, Tobruk and Cairo are not movement places.",
 "ni3": "BBC News Arabic live page, newest item first: the LNA's denial (16:20) sits above the fuel-and-ammunition "
        "shipment report Kufra→Darfur via the triangle (11:05); a planned company move Kufra→Jebel Uweinat, a "
        "conditional redeploy Maaten al-Sarra→the Sudan border, an airlift Benina→Kufra airport and an RSF advance "
        "Al Malha→the triangle; refugees to Chad are not a movement.",
 "ni4": "Ennahar TV ticker, the Algerian border and the Fezzan: an Algerian reinforcement Illizi→Djanet, an LNA column "
        "Tamanhint air base→Ghat via Ubari whose via is corrected (not Sabha), a planned company Idri→Sharara field, "
        "a denied Russian flight Niger→Ghat airport and Algeria's conditional deployment near the Tin Alkoum crossing.",
 "ni5": "Nessma TV ticker, the Tunisian border: Tunisian reinforcements Medenine→Ben Gardane, a GNA pull-back from "
        "the Ras Jedir crossing corrected to Zuwara (not Al-Ajaylat), a planned landing Tripoli→Zuwara port, a "
        "denied arms shipment from Tunisia through the Wazin crossing and a conditional GNA massing in Nalut and "
        "Wazin; Dehiba crossing, Tunis and the Medenine governor are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ni1", "ni2", "ni3", "ni4", "ni5")
BAR_IN_TEXT = True  # the text has a literal "|" after each time stamp: no "|" residue test
