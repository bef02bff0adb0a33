# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                   # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                  # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                                # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                               # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                # G
 # gu1 Ghadames festival
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                                # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),           # G* (town row)
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),        # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                   # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                      # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                      # G
 "border_dz": ("region", "LY", 30.00, 9.75, "Libya-Algeria border near Ghadames (Libyan side)"),  # K
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                     # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                                 # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                    # G
 "debdeb_crossing": ("crossing", "DZ", 29.96750, 9.42389, "Debdeb border crossing"),       # G* (Debdeb town row)
 "triangle": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"), # G* (row المثلث الحدودي مع تونس والجزائر)
 # gu2 Ghat festival
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                       # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),                  # G* (town row)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                    # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                          # G
 "tinalkoum": ("crossing", "LY", 24.80000, 10.10000, "Tin Alkoum (Isayen) border crossing"),  # G* (row منفذ إيسين)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                  # G
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),               # G* (row قاعدة تمنهنت)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                     # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                              # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                       # G
 "border_dz_side": ("region", "DZ", 24.70, 9.85, "Algeria-Libya border near Djanet (Algerian side)"),  # K
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                 # G* (row الحدود الليبية النيجرية)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                 # G
 "akakus": ("region", "LY", 24.83333, 10.33333, "Akakus Mountains"),                      # G* (row جبل أكاكوس)
 # gu3 Benghazi match
 "benina": ("town", "LY", 32.09, 20.25, "Benina"),                                         # K
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                     # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "portsaid": ("city", "EG", 31.26531, 32.30190, "Port Said"),                              # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                    # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),        # G
 # gu4 Tripoli match
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 "tunis_airport": ("airport", "TN", 36.85100, 10.22720, "Tunis Carthage International Airport"),  # G
 "rasjdir_tn": ("crossing", "TN", 33.15000, 11.56000, "Ras Jdir border crossing (Tunisian side)"),  # G* (row منفذ رأس جدير, country TN)
 "rasajdir_ly": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                               # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                          # G
 "border_tn_side": ("region", "TN", 32.95, 11.30, "Tunisia-Libya border near Ben Gardane (Tunisian side)"),  # K
 "souq_jumaa": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                       # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                  # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                   # G
 # gu5 Sirte conference
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                     # G
 "sirte_port": ("crossing", "LY", 31.215, 16.595, "Port of Sirte"),                        # K
 "benghazi_port": ("crossing", "LY", 32.100, 20.050, "Port of Benghazi"),                  # K
 "gardabiya_airport": ("airport", "LY", 31.06350, 16.59500, "Gardabya Airport"),           # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                    # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                   # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                          # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                     # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                            # G* (row أبوقرين, written أبو قرين)
}

TRAPS = {
 "gu1": ["CNN بالعربية", "مصطفى الإدريسي", "الغدامسية", "الجميل", "الجزائري"],
 "gu2": ["الخبر", "الجيش الوطني الليبي", "مالي", "التشادية", "وكالة الأنباء الجزائرية", "الجزائري"],
 "gu3": ["اليوم السابع", "المصري", "البورسعيدي", "الأهلي بنغازي", "الأهلي طرابلس", "علي الزنتاني",
         "ليبيا الحدث", "المصرية"],
 "gu4": ["الشارع المغاربي", "الترجي الرياضي التونسي", "الاتحاد الليبي", "المنطقة العسكرية الساحل الغربي",
         "فوزي البنزرتي", "أيمن الطرابلسي", "الخمس"],
 "gu5": ["العرب", "مجمع واغادوغو للمؤتمرات", "غرفة عمليات سرت الجفرة", "مصراتية", "اللبنانية"],
}

PHEN = {
 "gu1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "gu2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "gu3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "gu4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "gu5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "gu1": [
  mv("airlift", "reported", "GNA forces", ["مطار معيتيقة"], ["مطار غدامس"]),
  mv("redeploy", "reported", "GNA forces", ["حقل الوفاء"], ["الحدود مع الجزائر"]),
  mv("reinforce", "planned", "GNA forces", ["نالوت"], ["غدّامس"], ["سيناون"]),
  mv("reinforce", "conditional", "Algerian army", [], ["الدبداب"]),
  mv("mobilise", "denied", "Zintan forces", ["الزنتان"], ["درج"]),
 ],
 "gu2": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["مطار غات"]),
  mv("reinforce", "reported", "Libyan National Army", ["حقل الشرارة"], ["غات"], ["أوباري", "العوينات"]),
  mv("withdraw", "conditional", "Libyan National Army", ["غات"], ["إدري"]),
  mv("deploy", "planned", "Algerian army", [], ["جانت", "الحدود مع ليبيا"]),
  mv("advance", "denied", "Chadian armed groups", ["الحدود مع النيجر"], ["غات"]),
 ],
 "gu3": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["بنغازي"]),
  mv("withdraw", "planned", "Libyan National Army", ["بنغازي"], ["قاعدة بنينا"]),
  mv("reinforce", "conditional", "Libyan National Army", ["المرج"], ["بنغازي"]),
  mv("shipment", "reported", None, ["مصر"], ["بنغازي"], ["منفذ امساعد"]),
  mv("advance", "denied", None, ["اجدابيا"], ["بنغازي"]),
 ],
 "gu4": [
  mv("redeploy", "reported", "Tunisian army", ["مدنين"], ["بن قردان"]),
  mv("reinforce", "conditional", "Tunisian army", [], ["معبر رأس جدير"]),
  mv("deploy", "reported", "GNA forces", [], ["سوق الجمعة"]),
  mv("deploy", "planned", "GNA forces", [], ["زوارة", "منفذ رأس اجدير"]),
  mv("naval_landing", "denied", "Misrata forces", ["مصراتة"], ["تاجوراء"]),
 ],
 "gu5": [
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء سرت"]),
  mv("deploy", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سرت"], ["ودان"]),
  mv("shipment", "planned", "Libyan National Army", ["بنغازي"], ["سرت"], ["أجدابيا", "راس لانوف"]),
  mv("reinforce", "conditional", "Libyan National Army", ["الهلال النفطي"], ["سرت"]),
  mv("mobilise", "denied", "Misrata forces", [], ["أبو قرين"]),
 ],
}

NOTES = {
 "gu1": "CNN Arabic, Ghadames: the tourism festival opens under guard — a GNU Interior airlift Mitiga airport→Ghadames "
        "airport, border guards redeployed from the Al Wafa field to the border with Algeria, a planned second company "
        "Nalut→Ghadames via Sinawen, Algeria's conditional reinforcement at Debdeb («إذا رُصد») and a denied Zintan "
        "build-up at Derj. Not moves: the tourism minister's civil flight from Tripoli, Algerian and Tunisian troupes "
        "through the Debdeb crossing, visitors; Mitiga's «في طرابلس» is a locator. Traps: the spokesman الإدريسي (Idri), "
        "الغدامسية, «الوجه الجميل» (Al-Jumayl), الجزائري, the outlet.",
 "gu2": "El Khabar (Algeria), Djanet: the Ghat international festival — an LNA airlift Tamanhint air base→Ghat airport, an "
        "LNA company Sharara field→Ghat via Ubari and Al-Awaynat, their withdrawal Ghat→Idri «بمجرد» the festival ends "
        "(conditional), a planned Algerian deployment to Djanet and along the border with Libya, and a denied Chadian "
        "opposition advance from the Niger border towards Ghat. Not moves: troupes from Djanet and Tamanrasset through the "
        "Tin Alkoum crossing, a troupe flown from Algiers, Tuareg artists, visitors. Traps: «الخبر», the LNA's name, «بدعم "
        "مالي», التشادية, the Algerian news agency (contains الجزائر).",
 "gu3": "Youm7 (Egypt), Benghazi: Al-Masry v Al-Ahly Benghazi — LNA military police Benina air base→Benghazi, their "
        "planned return to Benina base on Monday, a conditional battalion Al-Marj→Benghazi («في حال»), an Egyptian "
        "riot-gear shipment Egypt→Benghazi via the Amsaad crossing (owner a ministry, actor null), and a denied gunmen's "
        "advance Ajdabiya→Benghazi. Not moves: the team's private flight from Cairo to Benina airport with a police escort, "
        "fans from Port Said. Traps: clubs المصري البورسعيدي (Egypt/Port Said), الأهلي بنغازي, الأهلي طرابلس, the keeper "
        "علي الزنتاني, «ليبيا الحدث». Tripoli (gold) only as the venue of last month's match.",
 "gu4": "Acharaa al-Maghrebi (Tunisia), Tunis: Esperance at Al-Ittihad in Tripoli — a Tunisian army redeploy Medenine→Ben "
        "Gardane, its conditional reinforcement «في المعبر» (= معبر رأس جدير), a GNU Interior deployment in Souq al-Jumaa, a "
        "planned western-region deployment to Zuwara and the Ras Ajdir crossing, and a denied sea landing of Misrata "
        "gunmen on the Tajura shore. Not moves: the team's flight Tunis-Carthage→Mitiga, 60 fans' buses through Ras Jdir. "
        "The border phrase after Ben Gardane is a locator. Traps: clubs, the coach البنزرتي (Bizerte), the striker الطرابلسي "
        "(Tripoli), «الدقائق الخمس» (Al-Khums), the military region's name.",
 "gu5": "Al-Arab (London), Sirte: an international reconstruction conference — an LNA naval landing Benghazi port→Sirte "
        "port, an LNA battalion Jufra air base→Sirte via Waddan, planned jamming-system trucks Benghazi→Sirte via Ajdabiya "
        "and Ras Lanuf, a conditional move Oil Crescent→Sirte («إذا») and a denied Misrata build-up at Abu Qurayn. Not "
        "moves: delegations flown into Gardabiya airport and driven in official motorcades, a Lebanese Tripoli chamber of "
        "commerce and Tripoli businessmen. Traps: the Ouagadougou conference hall, the «Sirte–Jufra» operations room, "
        "مصراتية, اللبنانية, the outlet.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("gu1", "gu2", "gu3", "gu4", "gu5")
