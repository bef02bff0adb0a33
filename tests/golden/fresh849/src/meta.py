# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                      # G
 # Sirte: the city, its municipality, port, airport and Gardabya base
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 "sirte_port": ("crossing", "LY", 31.213, 16.570, "Port of Sirte"),                     # K
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "gardabya_airport": ("airport", "LY", 31.06350, 16.59500, "Gardabya (Sirte) Airport"), # G (row مطار القرضابية)
 # Libya, other
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (row هون; README: point near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "hun_mun": ("district", "LY", 29.12684, 15.94772, "Hun municipality"),                 # G* (town row)
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),         # G* (row راس لانوف)
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "central_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                   # G
 # abroad
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                # G
 "sahel": ("region", "ML", 15.3, -1.5, "Sahel"),                                        # K
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "manama": ("city", "BH", 26.22787, 50.58565, "Manama"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "border_eg": ("region", "EG", 31.0, 25.1, "Egypt-Libya border (Egyptian side)"),       # K
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row حلبا, Halba (Akkar))
 "ouagadougou": ("city", "BF", 12.36566, -1.53388, "Ouagadougou"),                      # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
}

TRAPS = {
 "qfs1": ["القدس العربي", "قاعة واغادوغو", "كتيبة طارق بن زياد", "الجيش الوطني الليبي", "الفيلق الأفريقي", "زلة",
          "الروسي", "تركي"],
 "qfs2": ["الأنباء", "ليبيا روحها الوطن", "الجيش الوطني الليبي", "الفيلق الأفريقي", "الدعم المالي", "الليبية",
          "الروسية", "التركية"],
 "qfs3": ["الأيام", "الجيش الوطني الليبي", "اللواء 128 معزز", "مفتاح السرتي", "إدريس المقطوف", "قوات الدعم السريع",
          "سودانية"],
 "qfs4": ["الوفد", "الجيش الوطني الليبي", "مصراتي", "مصراتية", "حسن المصراتي", "مصري", "الجيش المصري", "التركية"],
 "qfs5": ["اللواء", "قاعات واغادوغو", "إدريس الطرابلسي", "الجيش الوطني الليبي", "الفيلق الأفريقي", "لبنانية",
          "الليبية", "الروسية", "حرس السواحل", "اللبنانيون"],
}

PHEN = {
 "qfs1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "town_vs_district", "coverage_bases", "coverage_crossings"],
 "qfs2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "qfs3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
          "countries"],
 "qfs4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
          "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "qfs5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_oil",
          "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qfs1": [
  mv("deploy", "reported", "Libyan National Army", ["بنغازي"], ["سرت"]),
  mv("withdraw", "conditional", "Russian forces", ["قاعدة القرضابية"]),
  mv("deploy", "planned", "GNA forces", ["مصراتة"], ["بويرات الحسون"], ["أبو قرين"]),
  mv("advance", "denied", "Libyan National Army", ["الجفرة"], ["الوشكة"]),
 ],
 "qfs2": [
  mv("naval_landing", "reported", "Russian forces", ["ميناء طبرق"], ["ميناء سرت"]),
  mv("shipment", "reported", "Libyan National Army", ["ميناء سرت"], ["قاعدة القرضابية الجوية"]),
  mv("airlift", "planned", "Russian forces", ["القرضابية"], ["باماكو"]),
  mv("naval_landing", "denied", "Syrian mercenaries", ["سوريا"], ["سرت"]),
  mv("withdraw", "conditional", "Libyan National Army", ["ميناء سرت"], ["الجفرة"]),
 ],
 "qfs3": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار سرت"]),
  mv("withdraw", "conditional", "Libyan National Army", ["سرت"], ["بنغازي"]),
  mv("redeploy", "reported", "Wagner Group", ["قاعدة القرضابية"], ["قاعدة براك الجوية"], ["هون"]),
  mv("redeploy", "planned", "Libyan National Army", ["سرت"], ["هراوة"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["زلة"]),
 ],
 "qfs4": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سرت"], ["ودان"]),
  mv("mobilise", "reported", "Misrata forces", [], ["الوشكة"]),
  mv("advance", "planned", "Misrata forces", ["الوشكة"], ["بويرات الحسون"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["مرسى مطروح", "سيدي براني"]),
  mv("deploy", "denied", "Turkish armed forces", [], ["مصراته"]),
 ],
 "qfs5": [
  mv("airlift", "reported", "Russian forces", ["مطار القرضابية"], ["واغادوغو"], ["نيامي"]),
  mv("redeploy", "planned", "Libyan National Army", ["ميناء راس لانوف"], ["ميناء سرت"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["سرت"]),
  mv("shipment", "denied", "Libyan National Army", ["طرابلس"], ["سرت"]),
 ],
}

NOTES = {
 "qfs1": "5+5 round in the Ouagadougou hall (trap) in Sirte: an LNA battalion Benghazi→Sirte (it spreads 'around the "
         "hall', which is no place); the Russian Africa Corps will leave Gardabya base only if the Turks leave Al-Watiya "
         "and Khums port (condition places, not movement places; Geneva only where the ceasefire was signed); a planned "
         "GNA military-police company Misrata→Buwairat al-Hassoun via Abu Qurayn (Tripoli = seat of the general staff); "
         "a denied LNA artillery advance Jufra→Al-Washka ('زلة' = 'slip', not Zillah). Sirte municipality beside the "
         "city; the last sentence (a control line Abu Qurayn–Al-Washka) is no movement.",
 "qfs2": "A Russian landing ship put troops and armour ashore at Sirte port from Tobruk port; LNA trucks carried the "
         "equipment from the port ('من الميناء' = Sirte port) to Gardabya air base ('16 km south of the city' adds no "
         "place); a planned Il-76 airlift Gardabya→Bamako (Mali, the Sahel and Moscow are context); a denied landing "
         "of Syrian fighters Syria→Sirte; a conditional LNA pull-back of armour from Sirte port to Jufra once Turkish "
         "cargo flights to Misrata stop (Misrata = condition; the ports list Sirte/Misrata/Tripoli is no movement). "
         "Dateline الكويت = Kuwait City, the later الكويت = the country; 'الدعم المالي' is not Mali.",
 "qfs3": "An LNA airlift Benina air base (in Benghazi, a locator)→Sirte airport; the same troops will leave Sirte for "
         "Benghazi 'as soon as' the new unit takes over (conditional); Russian contractors' convoy Gardabya base→Brak "
         "air base via Hun (an activist from Hun municipality, the Oil Crescent and Sirte in the 5+5 demand are "
         "context); a planned battalion Sirte→Harawa (Es Sider only the road's end); RSF massing at Zillah denied (the "
         "border with Sudan only a distance reference). Sirte airport = Gardabya airport, in Central Libya.",
 "qfs4": "Cairo view: LNA reinforcements Jufra air base→Sirte via Waddan; Misrata brigades massing at Al-Washka ('95 km "
         "west of Sirte' is a distance reference) and planning to advance to Buwairat al-Hassoun; the Egyptian army's "
         "conditional reinforcement of Marsa Matruh and Sidi Barrani if anyone crosses the Sirte–Jufra line "
         "(condition places); Ankara denies sending advisers to Misrata (spelt مصراته; Ankara = where it spoke). "
         "Algiers (الجزائر العاصمة) hosts the neighbours, الجزائر later = the country.",
 "qfs5": "Beirut paper: a civilian cargo ship from the port of Tripoli (Lebanon) to Sirte port for the Ouagadougou "
         "halls (trap) is no movement, nor are the 150 workers from Tripoli and Akkar; the denied ammunition shipment "
         "Tripoli (Lebanon)→Sirte; a Russian Il-76 Gardabya airport→Ouagadougou (the real city) via Niamey ('south of "
         "Sirte' a locator); a planned coast-guard company Ras Lanuf port→Sirte port; a conditional military-police "
         "deployment in Sirte. طرابلس الغرب = Tripoli, Libya.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qfs1", "qfs2", "qfs3", "qfs4", "qfs5")
