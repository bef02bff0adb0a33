# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "greece": ("country", "GR", 39.07170, 21.95170, "Greece"),                             # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # shared Libyan places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),               # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                 # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 # qgu1 a Turkish frigate in Tripoli (Al-Quds Al-Arabi)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G* (row طرابلس LB, written طرابلس الشام)
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "aksaz": ("base", "TR", 36.83440, 28.39000, "Aksaz Naval Base"),                       # G
 "border_tn": ("region", "LY", 33.12, 11.62, "Libya-Tunisia border (Libyan side, coast)"),  # K
 # qgu2 a Maltese patrol boat in Tripoli (France 24)
 "valletta": ("city", "MT", 35.89968, 14.51480, "Valletta"),                            # G
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                          # G
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 # qgu3 an Italian ship in Misrata (Monte Carlo Doualiya)
 "augusta_base": ("base", "IT", 37.24065, 15.22121, "Augusta naval base"),              # G* (town row أوغستا)
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                              # G
 "misrata_mun": ("district", "LY", 32.37535, 15.09254, "Misrata municipality"),         # G* (city row)
 "sirte_port": ("crossing", "LY", 31.21500, 16.58500, "Port of Sirte"),                 # G
 "gulf_sirte": ("region", "LY", 30.90000, 18.00000, "Gulf of Sirte"),                   # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 # qgu4 the Tunisian navy at Zarzis (Assarih)
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "zarzis_port": ("crossing", "TN", 33.490, 11.120, "Port of Zarzis"),                   # K
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                              # G
 "sfax_base": ("base", "TN", 34.74056, 10.76028, "Sfax naval base"),                    # G* (city row صفاقس)
 "bizerte_base": ("base", "TN", 37.27442, 9.87391, "Bizerte naval base"),               # G* (city row بنزرت)
 "border_ly_sea": ("region", "TN", 33.18, 11.48, "Tunisia-Libya maritime border (Tunisian side)"),  # K
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),           # G* (town row)
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "nuqat": ("district", "LY", 32.74574, 11.99562, "Nuqat al Khams"),                     # G
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                    # G
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba Zarzis International Airport"),  # G
 # qgu5 a Turkish landing ship at Khoms (Al-Jarida)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                       # G
 "murqub": ("district", "LY", 32.35451, 14.01966, "Al Murqub"),                         # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "west_ly": ("region", "LY", 31.8, 13.0, "Western Libya"),                              # K
}

TRAPS = {
 "qgu1": ["القدس العربي", "غيديز", "عماد الطرابلسي", "مسعود الزواري", "إيريني", "اللبناني", "التركية", "اليونانية"],
 "qgu2": ["فرانس 24", "مالطا توداي", "رضا الإدريسي", "الجزيرة", "المالطية", "الإيطالية"],
 "qgu3": ["مونت كارلو الدولية", "سان جورجو", "جوزيبي ميسينا", "لواء المحجوب", "البحر الآمن", "الإيطالية", "إيطالياً"],
 "qgu4": ["الصريح", "جيش البحر", "الهادي الطرابلسي", "تونسية", "الليبي", "التونسي"],
 "qgu5": ["الجريدة", "سانجاكتار", "نوري الإدريسي", "الزوارق الخمس", "الفيلق الأفريقي", "الجيش الوطني الليبي",
          "الروسية"],
}

PHEN = {
 "qgu1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qgu2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "countries"],
 "qgu3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "town_vs_district",
          "coverage_bases", "coverage_crossings", "countries"],
 "qgu4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qgu5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qgu1": [
  mv("deploy", "reported", "Turkish armed forces", ["مرفأ طرابلس"], ["ميناء طرابلس"]),
  mv("redeploy", "planned", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("deploy", "conditional", "Turkish armed forces", [], ["ميناء مصراتة"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء الخمس"]),
 ],
 "qgu2": [
  mv("deploy", "reported", None, ["فاليتا"], ["ميناء طرابلس"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["القره بوللي"]),
  mv("redeploy", "conditional", "GNA forces", ["مصراته"], ["زواره"]),
  mv("withdraw", "planned", None, [], ["فاليتا"]),
  mv("advance", "denied", None, [], ["زوارة"]),
 ],
 "qgu3": [
  mv("shipment", "reported", None, ["قاعدة أوغستا البحرية"], ["ميناء مصراتة"]),
  mv("mobilise", "reported", "Misrata forces", [], ["ميناء مصراتة"]),
  mv("redeploy", "planned", "Misrata forces", ["ميناء مصراتة"], ["ميناء سرت"]),
  mv("deploy", "conditional", None, ["مصراتة"], ["قاعدة أبوستة البحرية"]),
  mv("airlift", "denied", None, [], ["مطار مصراتة"]),
 ],
 "qgu4": [
  mv("reinforce", "reported", "Tunisian army", ["قاعدة صفاقس البحرية"], ["ميناء جرجيس"]),
  mv("airlift", "reported", "Tunisian army", ["قاعدة العوينة"], ["مطار جربة جرجيس"]),
  mv("deploy", "planned", "Tunisian army", [], ["بن قردان"]),
  mv("reinforce", "conditional", "Tunisian army", ["قاعدة بنزرت البحرية"], ["جرجيس"]),
  mv("advance", "denied", "GNA forces", [], ["جربة"]),
 ],
 "qgu5": [
  mv("shipment", "reported", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"]),
  mv("shipment", "reported", "GNA forces", ["ميناء الخمس"], ["قاعدة معيتيقة"], ["القره بوللي", "تاجوراء"]),
  mv("withdraw", "planned", "Turkish armed forces", ["الخمس"], ["مرسين"]),
  mv("redeploy", "conditional", "GNA forces", ["الخمس"], ["زليتن"]),
  mv("mobilise", "reported", None, [], ["زليتن"]),
  mv("naval_landing", "denied", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
 ],
}

NOTES = {
 "qgu1": "Two Tripolis: the Turkish frigate Gediz sails from the port of Tripoli in Lebanon (also 'طرابلس الشام' in the "
         "headline) to the port of Tripoli, Libya (reported deploy); its home base Aksaz only locates it. A planned "
         "coast-guard move Abu Sitta naval base→Zuwara port (Sabratha, the border with Tunisia and Mellitah only "
         "describe the patrol gap and the complex to guard). The frigate will go to Misrata port only if asked "
         "(conditional); a Turkish marine landing at Khoms port is denied. Tripoli is also dateline and embassy seat; "
         "Ankara/Tripoli name the governments of the maritime memorandum; Lebanon and Greece are not movement places.",
 "qgu2": "A Maltese patrol boat Valletta→Tripoli port (actor null: Maltese forces are not a canonical actor), a planned "
         "joint patrol of Libyan coast-guard boats Tripoli→off Garabulli, the Maltese boat's planned return to Valletta, a conditional transfer of three boats "
         "Misrata→Zuwara (spelled مصراته/زواره), and the Maltese denial that a boat chased migrants to the waters off "
         "Zuwara. Migrants leaving Zuwara/Sabratha for Lampedusa and Malta are not forces; Valletta as dateline, "
         "Rome/Valletta as governments and the western coast are not movement places.",
 "qgu3": "An Italian support ship delivers two patrol boats and 40 technicians Augusta naval base (Sicily only locates "
         "it)→Misrata port (shipment, actor null); Al-Mahjoub brigade men and vehicles gather around Misrata port (reported mobilise, Misrata forces); Misrata's naval units will move the boats Misrata port→Sirte port "
         "(the Gulf of Sirte only locates the port); the ship will go on Misrata→Abu Sitta naval base only if Libya "
         "asks (conditional; Tripoli locates the base); Rome denies an airlift of 150 soldiers to Misrata airport. "
         "Sirte in the last paragraph is a past battle, not a move.",
 "qgu4": "Tunisian navy: two patrol vessels Sfax naval base→Zarzis port (reported reinforce; 'units working near the "
         "maritime border with Libya' locates the existing units), a C-130 airlift of navy commando divers El Aouina air base→Djerba-Zarzis airport, a planned deployment to the waters off Ben Gardane, "
         "a conditional reinforcement Bizerte naval base→Zarzis, and the Libyan coast guard's denial of an incursion "
         "off Djerba (Abu Kammash–Mellitah is its patrol range, Zuwara port only a place that received no boats). "
         "Fishing boats seized off Zarzis are not forces; Ras Ajdir, Nuqat al-Khams and Tunis/Tripoli are background.",
 "qgu5": "A Turkish landing ship Mersin→Khoms port with armour and boats (reported shipment), a GNA truck convoy Khoms "
         "port ('من الميناء')→Mitiga base via Garabulli and Tajura (Murqub only on the road description), the ship's "
         "planned return Khoms→Mersin, a conditional marine company Khoms→Zliten, armed groups' massing in Zliten (reported mobilise, actor null), and Moscow's denial of "
         "Africa Corps men landed at Tobruk port from a Russian cruiser out of Tartus. Algeria/Tunisia are earlier port calls in general (countries, no movement); "
         "'الزوارق الخمس' is 'the five boats'.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qgu1", "qgu2", "qgu3", "qgu4", "qgu5")
