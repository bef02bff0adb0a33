# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # foreign cities and ports
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tripoli_lb_port": ("crossing", "LB", 34.465, 35.829, "Port of Tripoli (Lebanon)"),    # K
 # Misrata and the coast road west of it
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_mun": ("district", "LY", 32.37535, 15.09254, "Misrata municipality"),         # G* (city row)
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "air_college": ("base", "LY", 32.32556, 15.05972, "Misrata Air College (air base)"),  # G* (airport row)
 "misrata_port": ("crossing", "LY", 32.366, 15.208, "Port of Misrata (Qasr Ahmad)"),    # K
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                           # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "zliten_mun": ("district", "LY", 32.46739, 14.56874, "Zliten municipality"),           # G* (city row)
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Al Qarabulli"),                       # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_port": ("crossing", "LY", 32.902, 13.185, "Port of Tripoli"),                 # K
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),          # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 33.10, 11.58, "Libya-Tunisia border (Libyan side, Ras Ajdir)"),  # K
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),          # G
 # south and east of Misrata: Tawergha, Abu Qurayn, the Sirte line
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                            # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (air base row, near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                      # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "central_region": ("region", "LY", 31.0, 16.0, "Central region of Libya (Misrata-Sirte-Jufra)"),  # K
 "border_eg": ("region", "EG", 31.2, 25.1, "Egypt-Libya border (Egyptian side)"),      # K
}

TRAPS = {
 "ug1": ["المتوسط", "الزليتني", "البنود الخمسة", "المجلس العسكري مصراتة", "شارع طرابلس"],
 "ug2": ["بوابة الوفد", "الجيش الوطني الليبي", "السرتاوي", "مصري", "تركية", "ليبية"],
 "ug3": ["الجريدة", "المجلس العسكري مصراتة", "السنوات الخمس", "الجيش التونسي", "ليبية"],
 "ug4": ["اللواء", "إنزال تركي", "التركية", "مصراتية", "الليبي", "خليل إدريس"],
 "ug5": ["الدستور", "الأناضول", "الإدريسي", "عملية البنيان المرصوص", "الأردنية", "الجزائري", "الليبية"],
}

PHEN = {
 "ug1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_tripoli", "town_vs_district", "coverage_bases"],
 "ug2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "ug3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ug4": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli", "ambiguity_idri",
         "coverage_crossings", "countries"],
 "ug5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MISRATA, GNA, LNA = "Misrata forces", "GNA forces", "Libyan National Army"

MOVES = {
 "ug1": [
  mv("deploy", "reported", MISRATA, ["مصراتة"], ["الدافنية", "زليتن"]),
  mv("reinforce", "reported", MISRATA, ["الكلية الجوية مصراتة"], ["تاورغاء"]),
  mv("redeploy", "planned", MISRATA, ["الدافنية"], ["الخمس"]),
  mv("advance", "conditional", MISRATA, [], ["القره بوللي"], ["الخمس"]),
  mv("withdraw", "denied", MISRATA, ["تاورغاء"], ["مصراتة"]),
 ],
 "ug2": [
  mv("reinforce", "reported", MISRATA, ["مصراتة"], ["أبوقرين"], ["تاورغاء"]),
  mv("airlift", "reported", "Turkish armed forces", ["تركيا"], ["مطار مصراتة"]),
  mv("redeploy", "planned", LNA, ["راس لانوف"], ["قاعدة القرضابية"]),
  mv("advance", "denied", LNA, [], ["أبوقرين", "الوشكة"]),
  mv("mobilise", "conditional", "Egyptian army", [], ["الحدود مع ليبيا"]),
 ],
 "ug3": [
  mv("withdraw", "reported", MISRATA, ["معبر رأس اجدير"], ["مصراته"], ["الزاوية", "طرابلس", "القربوللي", "الخمس"]),
  mv("deploy", "reported", GNA, ["زوارة"], ["معبر رأس اجدير"]),
  mv("shipment", "planned", MISRATA, [], ["ميناء الخمس"]),
  mv("deploy", "conditional", MISRATA, [], ["مصفاة الزاوية"]),
  mv("reinforce", "denied", "Tunisian army", [], ["بن قردان"]),
 ],
 "ug4": [
  mv("naval_landing", "reported", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"]),
  mv("naval_landing", "planned", MISRATA, ["ميناء مصراتة"], ["ميناء طرابلس"]),
  mv("advance", "conditional", MISRATA, ["الخمس"], ["تاجوراء"], ["القره بوللي"]),
  mv("shipment", "denied", None, ["مرفأ طرابلس"], ["مصراتة"]),
 ],
 "ug5": [
  mv("mobilise", "reported", MISRATA, [], ["أبو قرين", "الهيشة"]),
  mv("withdraw", "reported", GNA, ["الوشكة"], ["بوقرين"]),
  mv("airlift", "planned", GNA, ["مطار معيتيقة"], ["مطار مصراتة الدولي"]),
  mv("reinforce", "denied", LNA, ["قاعدة الجفرة الجوية"], ["سرت"]),
  mv("advance", "conditional", MISRATA, [], ["بويرات الحسون"]),
 ],
}

NOTES = {
 "ug1": ("Al-Mutawassit (Libyan news site), Misrata: a Misrata joint force takes over coast-road checkpoints "
         "Misrata→Dafniya/Zliten (deploy, reported); a company Air College→Tawergha (reinforce, reported); the Dafniya "
         "company to move to Al-Khums next week (redeploy, planned); an advance on Al-Garabulli via Al-Khums «إذا تجددت» "
         "(conditional); the military council denies pulling its battalions out of Tawergha into Misrata (withdraw, "
         "denied). Traps: «شارع طرابلس» (a street in Misrata) beside the real Tripoli; «الزليتني» (the commander) "
         "contains Zliten; «البنود الخمسة»; «المجلس العسكري مصراتة». Spelling: زليطن."),
 "ug2": ("Bawabat Al-Wafd (Egypt), Cairo: Misrata reinforcement Misrata→Abu Qurayn via Tawergha and a Turkish A400 "
         "Turkey→Misrata airport (reported); an LNA battalion Ras Lanuf→Gardabiya air base (redeploy, planned); the "
         "LNA spokesman denies any advance on Abu Qurayn or Al-Washka (denied); Egypt «سيحشد» on its border with Libya "
         "if the Sirte-Jufra line is crossed (mobilise, conditional). Tripoli, Cairo, Sabha, the Oil Crescent and the "
         "Sirte-Jufra line are locators/speakers, not movement places. Traps: «السرتاوي» (contains سرت), «مصري»."),
 "ug3": ("Al-Jarida (Kuwait), Tripoli: a Misrata company leaves the Ras Ajdir crossing for Misrata via Zawiya, "
         "Tripoli, Al-Garabulli and Al-Khums (withdraw, reported); a GNU Interior force Zuwara→the crossing (deploy, "
         "reported); armour due at Al-Khums port (shipment, planned); a force for the Zawiya refinery «إذا» (deploy, "
         "conditional); Tunisia's defence ministry in Tunis denies reinforcing Ben Gardane (reinforce, denied). "
         "تونس is the country (headline, border phrase, «بين ليبيا وتونس») and the capital («وزارة الدفاع الوطني في تونس»)."),
 "ug4": ("Al-Liwaa (Beirut): a Turkish landing ship Mersin→Al-Khums port (naval_landing, reported); a Misrata "
         "company by sea Misrata port→Tripoli port (naval_landing, planned); Misrata units Al-Khums→Tajoura via "
         "Al-Garabulli «إذا» (advance, conditional); the Port of Tripoli (Lebanon) denies that a freighter carried "
         "military vehicles to Misrata (shipment, denied). The freighter's civil call at Misrata port after Mersin is "
         "not a movement. Two Tripolis: «طرابلس الغرب», «ميناء طرابلس» (Libya) vs «مرفأ طرابلس», «ابن طرابلس» (Lebanon)."),
 "ug5": ("Ad-Dustour (Amman), dateline Misrata: Misrata's brigades mass at Abu Qurayn and Al-Hisha (mobilise, "
         "reported); a Zliten battalion pulls back Al-Washka→Abu Qurayn (withdraw, reported; Zliten is the unit's "
         "home town, not an origin); a planned special-forces airlift Mitiga→Misrata airport; the LNA denies moving "
         "forces Jufra air base→Sirte (reinforce, denied); a Misrata advance on Buwairat al-Hassoun «إذا» "
         "(conditional). Abu Qurayn as أبو قرين، بوقرين، أبوقرين; Amman, Algiers and the neighbours are speakers."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ug1", "ug2", "ug3", "ug4", "ug5")
