# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 # foreign cities and towns
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G (row عمان, Amman)
 # Misrata and the coast west of it
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_mun": ("district", "LY", 32.37535, 15.09254, "Misrata municipality"),         # G* (city row)
 "misrata_port": ("crossing", "LY", 32.367, 15.233, "Misrata port (Qasr Ahmed)"),       # K
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khums_mun": ("district", "LY", 32.64861, 14.26191, "Al Khums municipality"),          # G* (city row)
 "khums_port": ("crossing", "LY", 32.657, 14.279, "Al Khums port"),                     # K
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                  # G
 # Tripoli
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_port": ("crossing", "LY", 32.900, 13.185, "Tripoli port"),                    # K
 "tip": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),         # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "salahaddin": ("town", "LY", 32.88743, 13.18733, "Salah al-Din (Tripoli)"),            # G
 "abusalim": ("town", "LY", 32.88743, 13.18733, "Abu Salim"),                           # G
 "wadirabie": ("town", "LY", 32.88743, 13.18733, "Wadi al Rabie"),                      # G
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "khallat": ("town", "LY", 32.78, 13.22, "Khallat al-Furjan"),                          # K
 # the Tunisian border
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),             # G* (row الحدود الليبية التونسية)
 # south of Misrata, the Sirte front and Jufra
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                            # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "bunjem": ("town", "LY", 30.58000, 15.41000, "Bu Njem"),                               # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.127, 15.948, "Al Jufra"),                               # K (point at Hun)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 # oil crescent and the east
 "sidra": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # vague areas and other borders
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya"),                      # G* (row إقليم طرابلس)
 "border_eg": ("region", "EG", 30.8, 25.3, "Egypt-Libya border (Egyptian side)"),       # K
}

TRAPS = {
 "mi1": ["التناصح", "المجلس العسكري مصراتة", "الزليتني", "مصراتية", "شارع طرابلس", "الأيام الخمسة"],
 "mi2": ["الغد", "غرفة عمليات سرت الجفرة", "مصراتية", "الجيش الوطني الليبي", "خسرت", "المصري"],
 "mi3": ["هسبريس", "المغربية", "الليبية", "اتفاق الصخيرات", "الإدريسي", "المغاربية"],
 "mi4": ["الأخبار", "مصراتية", "تركية", "قبائل ورفلة"],
 "mi5": ["الدستور", "الليبية", "سالم الإدريسي", "الجيش الوطني الليبي", "عملية البنيان المرصوص", "أحمد معيتيق"],
}

PHEN = {
 "mi1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "town_vs_district",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "mi2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "mi3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "coverage_crossings", "coverage_neighbours", "countries"],
 "mi4": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_tripoli", "town_vs_district",
         "coverage_crossings", "countries"],
 "mi5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_idri", "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MF, GNA, LNA = "Misrata forces", "GNA forces", "Libyan National Army"

MOVES = {
 "mi1": [
  mv("reinforce", "reported", MF, ["مصراتة"], ["طرابلس"], ["زليتن", "الخمس", "القربوللي"]),
  mv("naval_landing", "planned", MF, ["ميناء مصراتة"], ["ميناء طرابلس"]),
  mv("deploy", "conditional", MF, [], ["صلاح الدين", "أبوسليم"]),
  mv("withdraw", "denied", MF, ["وادي الربيع"], ["مصراته"]),
  mv("redeploy", "reported", MF, ["منفذ رأس جدير"], ["مصراتة"]),
 ],
 "mi2": [
  mv("reinforce", "reported", MF, ["مصراتة"], ["أبو قرين"], ["تاورغاء", "الهيشة"]),
  mv("advance", "planned", MF, ["أبوقرين"], ["الوشكة"]),
  mv("deploy", "denied", MF, [], ["بونجيم"]),
  mv("advance", "conditional", LNA, ["بويرات الحسون"], ["الوشكة"]),
  mv("reinforce", "reported", LNA, ["قاعدة الجفرة الجوية"], ["سرت"]),
  mv("reinforce", "reported", "Egyptian army", [], ["الحدود مع ليبيا"]),
 ],
 "mi3": [
  mv("withdraw", "planned", MF, ["عين زارة", "صلاح الدين"], ["مصراتة"]),
  mv("shipment", "planned", MF, ["ميناء طرابلس"], ["ميناء مصراتة"]),
  mv("withdraw", "conditional", MF, ["مطار طرابلس الدولي"], []),
  mv("redeploy", "reported", MF, ["خلة الفرجان"], ["زليتن"]),
  mv("deploy", "denied", MF, ["مصراتة"], ["الجفرة", "سرت"]),
 ],
 "mi4": [
  mv("deploy", "reported", MF, ["مصراتة"], ["تاورغاء"]),
  mv("advance", "conditional", MF, [], ["بني وليد"]),
  mv("mobilise", "denied", None, [], ["بني وليد"]),
  mv("airlift", "planned", "Turkish armed forces", ["تركيا"], ["مطار مصراتة"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء الخمس"]),
 ],
 "mi5": [
  mv("mobilise", "reported", MF, [], ["مصراته"]),
  mv("airlift", "reported", GNA, ["قاعدة معيتيقة"], ["مطار مصراتة الدولي"]),
  mv("shipment", "planned", MF, ["مصراتة"], ["الوشكة"]),
  mv("advance", "conditional", MF, [], ["سرت"]),
  mv("reinforce", "denied", LNA, ["بنغازي"], ["سرت", "راس لانوف"]),
 ],
}

NOTES = {
 "mi1": "Al-Tanasuh TV, Misrata: Misrata brigades reinforce Tripoli by the coast road (Zliten, Al-Khums, Garabulli), a planned "
        "sea landing Misrata port->Tripoli port, a conditional entry into Salah al-Din/Abu Salim (لن...إلا إذا), a denied "
        "pull-back Wadi al-Rabie->Misrata (عارية عن الصحة) and a company recalled from Ras Ajdir; traps: the council's name "
        "with Misrata, the spokesman al-Zlitni, Misrata's Tripoli Street, «الأيام الخمسة».",
 "mi2": "Al-Ghad TV, Sirte: Misrata reinforcements to Abu Qurayn via Tawergha and Al-Hisha (two spellings of Abu Qurayn), "
        "a planned advance from there to Al-Washka (anaphora منها), a denied deployment to Bu Njem, the LNA's conditional "
        "advance from Buwairat al-Hassoun (ما لم), an LNA battalion Jufra air base->Sirte and Egypt's 2020 "
        "reinforcement of its border (flashback, «وحدات إضافية»); the Sirte-Jufra line and the Es Sider terminal are not movement places.",
 "mi3": "Hespress, Rabat: after Bouznika, a planned Misrata pull-back Ain Zara/Salah al-Din->Misrata, planned heavy-equipment "
        "shipment Tripoli port->Misrata port, a conditional pull-out from around Tripoli airport (مرهون), a past company move "
        "Khallat al-Furjan->Zliten and a denied dispatch to Jufra or Sirte; Morocco, Tunisia and Algeria as hosts; traps: "
        "Skhirat agreement, the analyst al-Idrisi, Moroccan/Maghreb nisbas.",
 "mi4": "Al-Akhbar (Beirut), dateline «طرابلس الغرب»: Misrata brigades deploy at Tawergha's southern gate on the Bani Walid "
        "road (Bani Walid a locator), a conditional advance on Bani Walid, Warfalla's denied massing at Bani Walid (no "
        "canonical actor), a planned Turkish airlift to Misrata airport and a denied Turkish marine landing at Al-Khums port; "
        "Tawergha also spelled تاورغا; Al-Khums municipality.",
 "mi5": "Al-Dustour (Amman), agencies: Misrata's «النفير العام» after a drone strike on Al-Washka (strike not a movement), a GNA "
        "airlift Mitiga base->Misrata International Airport with Tripoli as locator, a planned supply convoy Misrata->Al-Washka, "
        "a conditional advance on Sirte (في حال), the LNA's denied reinforcement Benghazi->Sirte/Ras Lanuf; 2016 Sirte "
        "recapture is control, not a move; traps: Bunyan al-Marsous, Ahmed Maiteeg, the officer al-Idrisi.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("mi1", "mi2", "mi3", "mi4", "mi5")
