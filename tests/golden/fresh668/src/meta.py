# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "greece": ("country", "GR", 39.07170, 21.95170, "Greece"),                             # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russian Federation"),                 # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "bangladesh": ("country", "BD", 23.8, 90.3, "Bangladesh"),                             # K
 # shared Libyan cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 # yt1 the western coast and Zuwara (Asharq Al-Awsat)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),           # G* (town row)
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                          # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                     # G
 "zuwara_airport": ("airport", "LY", 32.95230, 12.01550, "Zwara Airport"),               # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 # yt2 Khoms, Misrata and Zliten (Al-Quds Al-Arabi)
 "khoms_base": ("base", "LY", 32.67610, 14.24130, "Khoms Naval Base"),                  # G* (row ميناء الخمس)
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "khoms_mun": ("district", "LY", 32.64861, 14.26191, "Al Khums municipality"),          # G* (city row)
 "murqub": ("district", "LY", 32.35451, 14.01966, "Al Murqub"),                         # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                         # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "misrata_port": ("crossing", "LY", 32.365, 15.215, "Port of Misrata (Qasr Ahmad)"),    # K
 # yt3 Lampedusa, Sfax and Malta (Monte Carlo Doualiya)
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                              # G
 "bizerte_base": ("base", "TN", 37.27442, 9.87391, "Bizerte Naval Base"),               # G* (city row)
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "valletta": ("city", "MT", 35.89968, 14.51480, "Valletta"),                            # G
 "central_med": ("region", "MT", 34.5, 15.5, "Central Mediterranean"),                  # K
 # yt4 the LNA navy, Sirte, Derna and the oil crescent (Al-Jarida)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                      # G
 "gardabya": ("airport", "LY", 31.06350, 16.59500, "Gardabya Airport"),                 # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Darnah"),                                 # G
 "sirte_port": ("crossing", "LY", 31.215, 16.590, "Port of Sirte"),                     # K
 "benghazi_port": ("crossing", "LY", 32.105, 20.050, "Port of Benghazi"),               # K
 "gulf_sirte": ("region", "LY", 30.90000, 18.00000, "Gulf of Sirte"),                   # G
 "tobruk_base": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                # G
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                # G
 "zueitina": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),           # G* (town row الزويتينة)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "tobruk_port": ("crossing", "LY", 32.075, 23.980, "Port of Tobruk"),                   # K
 "border_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"),  # G* (row الحدود الليبية المصرية)
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 # yt5 Tobruk, Crete and the Russian ships (France 24)
 "athens": ("city", "GR", 37.98376, 23.72784, "Athens"),                                # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "piraeus": ("city", "GR", 37.94203, 23.64619, "Piraeus"),                              # G
 "souda": ("base", "GR", 35.48717, 24.07344, "Souda Bay Naval Base"),                   # G* (row خليج سودا)
 "bardia": ("town", "LY", 31.75601, 25.08530, "Al Bardiyah"),                           # G
 "border_gr": ("region", "LY", 33.4, 24.0, "Libya-Greece maritime boundary (Libyan side)"),  # K
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
}

TRAPS = {
 "yt1": ["الشرق الأوسط", "أوباري 660", "إدريس الغرياني", "الزاوية الأمنية", "جيش البحر التونسي", "الإيطالية"],
 "yt2": ["القدس العربي", "القطع الخمس", "القوة المشتركة مصراتة", "إدريس الزليتني", "الزليتني", "المرصد السوري لحقوق الإنسان",
         "التركية"],
 "yt3": ["مونت كارلو الدولية", "دعم مالي", "عملية «إيريني»", "الإيطالية", "التونسية", "المالطية"],
 "yt4": ["الجريدة", "طارق بن زياد", "سالم الطبرقي", "الطبرقي", "الجيش الوطني الليبي", "اليونانية", "مصريتين"],
 "yt5": ["فرانس 24", "كاثيميريني", "الجيش الوطني الليبي", "اليونانية", "الروسية", "السوري"],
}

PHEN = {
 "yt1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "yt2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "town_vs_district", "coverage_bases", "coverage_crossings", "countries"],
 "yt3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_neighbours",
         "countries"],
 "yt4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "yt5": ["clitics", "multiword", "media_trap", "nisba", "ambiguity_tripoli", "vague_area", "border_phrase",
         "coverage_bases", "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "yt1": [
  mv("deploy", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["زوارة"], ["الزاوية", "صبراتة"]),
  mv("redeploy", "planned", "GNA forces", ["ميناء طرابلس"], ["مجمع مليتة"]),
  mv("airlift", "reported", "GNA forces", ["قاعدة معيتيقة"], ["مطار زوارة"]),
  mv("reinforce", "conditional", "GNA forces", ["مصراتة"], ["صبراتة"]),
  mv("advance", "denied", "Tunisian army", [], ["أبوكماش"]),
 ],
 "yt2": [
  mv("naval_landing", "reported", "Turkish armed forces", ["مرسين"], ["قاعدة الخمس البحرية"]),
  mv("deploy", "reported", "Misrata forces", ["ميناء مصراتة"], ["زليتن"]),
  mv("mobilise", "reported", "Misrata forces", [], ["الدافنية"]),
  mv("redeploy", "planned", "Misrata forces", ["مصراته"], ["سرت"]),
  mv("redeploy", "conditional", "Turkish armed forces", ["قاعدة الخمس البحرية"], ["طرابلس"]),
  mv("deploy", "denied", "Syrian mercenaries", [], ["الخمس"]),
 ],
 "yt3": [
  mv("reinforce", "reported", "Tunisian army", ["قاعدة بنزرت البحرية"], ["صفاقس"]),
  mv("redeploy", "conditional", "Tunisian army", ["صفاقس"], ["جرجيس"]),
  mv("redeploy", "planned", "GNA forces", ["الخمس"], ["القره بوللي"]),
  mv("withdraw", "reported", "GNA forces", ["صبراتة"], ["ميناء طرابلس"]),
  mv("advance", "denied", "GNA forces", [], ["مالطا"]),
 ],
 "yt4": [
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء سرت"], ["خليج سرت"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["ميناء بنغازي"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار القرضابية"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة طبرق البحرية"], ["درنة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["ميناء الزويتينة"], ["بنغازي"]),
  mv("deploy", "denied", "Egyptian army", ["الإسكندرية"], ["ميناء طبرق"]),
 ],
 "yt5": [
  mv("shipment", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("redeploy", "planned", None, ["بيرايوس"], ["قاعدة سودا البحرية"]),
  mv("deploy", "conditional", "Libyan National Army", ["طبرق"], ["البردية"]),
  mv("shipment", "denied", "Russian forces", ["طبرق"], ["قاعدة الخادم"]),
 ],
}

NOTES = {
 "yt1": "GNA coast guard: four patrol boats Abu Sitta naval base (Tripoli only locates it)→Zuwara via Zawiya and "
        "Sabratha; a military cargo plane Mitiga→Zuwara airport with engines, spares and 40 marines (airlift); a "
        "planned transfer Tripoli port→Mellitah complex; a conditional reinforcement Misrata→Sabratha; the "
        "Tunisian navy's denied incursion off Abu Kammash (written أبوكماش; Ras Ajdir only a distance reference, Tunis "
        "the venue). The migrant boat from أبو كماش to Lampedusa and the rescue back to Zuwara are not force movements; "
        "the patrol boat «أوباري 660» and «الزاوية الأمنية» are traps.",
 "yt2": "A Turkish landing ship puts 150 marines and 12 armoured vehicles ashore at Khoms naval base from Mersin; "
        "Misrata's Joint Force sends six boats from Misrata port towards Zliten, while the city's brigades mass 30 "
        "vehicles in Dafniya (mobilise); a planned transfer of two boats "
        "Misrata (written مصراته)→Sirte; Turkish marines will not leave 'the base' for Tripoli unless asked "
        "(conditional, origin resolved to the base); the denied arrival of 300 Syrian fighters in Khoms (no origin "
        "written). Migrant boats bound for Malta, Ankara (MoU), the Khoms port worker and the municipality/district "
        "are not movement places.",
 "yt3": "Tunisian navy: four patrol vessels Bizerte naval base→Sfax (reported) and a conditional move Sfax→Zarzis; a "
        "planned Libyan coast guard move Khoms→Garabulli replacing two boats withdrawn Sabratha→Tripoli port (reported); "
        "the denied entry of a Libyan boat into Malta's search-and-"
        "rescue zone (Lampedusa only a distance reference). Migrant boats from Sfax, Garabulli and Tripoli (Lebanon) "
        "to Lampedusa and Sicily are not force movements; Tunis is the dateline, Rome and Valletta only speakers.",
 "yt4": "LNA navy: the landing ship lands 200 troops at Sirte port from Benghazi port through the Gulf of Sirte "
        "(via), after the brigade was massed in Benghazi port (mobilise); a planned Il-76 airlift Benina air base→"
        "Gardabya airport (Sirte only locates it); a planned transfer of two patrol boats Tobruk naval base→Derna; "
        "boats off Zueitina port will not "
        "withdraw to Benghazi unless the guards' sit-in ends (conditional; Ajdabiya only a distance reference); an "
        "Egyptian source denies two frigates sailed Alexandria→Tobruk port. Crete, Egypt and Bangladesh are migrants' "
        "destination/origins; Amsaad and the border with Egypt are background.",
 "yt5": "Two Russian landing ships unload trucks and containers at Tobruk port from Tartus (shipment, reported); "
        "Greece plans to move two frigates and two patrol boats from Piraeus to Souda Bay naval base on Crete (actor "
        "null: the Greek navy is not a canonical actor; Crete only locates the base); LNA boats would move Tobruk→"
        "Bardia if a foreign vessel nears the maritime border with Greece (conditional; the border is the condition); "
        "the Russian embassy denies moving air-defence systems Tobruk→Al-Khadim base (east of Benghazi = locator). "
        "Migrants from Tobruk to Crete and Lebanese from Tripoli (Lebanon) are not forces.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("yt1", "yt2", "yt3", "yt4", "yt5")
