# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # capitals and venues
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "berlin": ("city", "DE", 52.52437, 13.41053, "Berlin"),                                # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                # G
 # the Sirte-Jufra line
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row; README: point near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_port": ("crossing", "LY", 32.36, 15.21, "Port of Misrata (Qasr Ahmad)"),      # K
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.105, 20.050, "Port of Benghazi"),               # K
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 # west and the Turkish presence
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "gaziantep": ("city", "TR", 37.05944, 37.38250, "Gaziantep"),                          # G* (row عنتاب)
 "mersin_port": ("crossing", "TR", 36.795, 34.640, "Port of Mersin"),                   # K
 # south and the east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),      # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                   # K
 # Egypt
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G (written سيدى براني)
 "border_eg": ("region", "EG", 31.0, 25.3, "Egypt-Libya border (Egyptian side)"),       # K
 # Syria and Lebanon
 "tartus_port": ("crossing", "SY", 34.88902, 35.88659, "Port of Tartus"),               # G* (city row طرطوس)
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
}

TRAPS = {
 "yb1": ["فرانس 24", "الكتائب المصراتية", "الجيش الوطني الليبي", "عملية بركان الغضب", "المالي"],
 "yb2": ["«الوفد»", "الجيش الوطني الليبي", "عثمان إدريس", "الجيش المصري", "السودانية", "التشاديين", "الليبية"],
 "yb3": ["يني شفق", "عماد الطرابلسي", "قوة حماية طرابلس", "الجيش الوطني الليبي", "السنوات الخمس", "سورياً"],
 "yb4": ["ريا نوفوستي", "التايمز", "الفيلق الأفريقي", "الجيش الوطني الليبي", "إدريس الشريف", "الليبية"],
 "yb5": ["«اللواء»", "الجيش اللبناني", "المصراتية", "إيريني", "اللبنانية", "الليبية"],
}

PHEN = {
 "yb1": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "yb2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "yb3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "coverage_bases", "coverage_crossings", "countries"],
 "yb4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "yb5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "town_vs_district", "coverage_oil", "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "yb1": [
  mv("withdraw", "reported", "Misrata forces", ["الوشكة"], ["أبوقرين"]),
  mv("withdraw", "planned", "Libyan National Army", ["سرت"], ["هراوة"]),
  mv("withdraw", "conditional", "Wagner Group", ["قاعدة الجفرة الجوية"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["سوكنة"]),
 ],
 "yb2": [
  mv("airlift", "reported", "Sudanese armed groups", ["قاعدة الجفرة الجوية"], ["مطار الكفرة"]),
  mv("withdraw", "planned", "Sudanese armed groups", ["الكفرة"], ["شمال دارفور"], ["مثلث العوينات"]),
  mv("reinforce", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيدى براني"]),
  mv("advance", "conditional", "Egyptian army", ["سيدى براني"], ["الحدود مع ليبيا"]),
  mv("deploy", "denied", "Egyptian army", [], ["قاعدة الخادم"]),
 ],
 "yb3": [
  mv("airlift", "reported", "Syrian mercenaries", ["مطار معيتيقة"], ["غازي عنتاب"]),
  mv("shipment", "reported", "Turkish armed forces", ["ميناء مرسين"], ["ميناء مصراته"]),
  mv("redeploy", "planned", "Turkish armed forces", ["قاعدة الوطية"], ["قاعدة معيتيقة"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["مصراته"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء الخمس"]),
 ],
 "yb4": [
  mv("redeploy", "reported", "Russian forces", ["قاعدة القرضابية"], ["قاعدة الجفرة الجوية"]),
  mv("naval_landing", "reported", "Russian forces", ["ميناء طرطوس"], ["ميناء طبرق"]),
  mv("airlift", "planned", "Russian forces", ["قاعدة الجفرة الجوية"], ["باماكو"]),
  mv("withdraw", "conditional", "Russian forces", ["حقل الشرارة"]),
  mv("deploy", "denied", "Russian forces", [], ["قاعدة معطن السارة"]),
 ],
 "yb5": [
  mv("mobilise", "reported", "Misrata forces", [], ["أبو قرين"]),
  mv("reinforce", "planned", "Libyan National Army", ["بنغازي"], ["سرت"]),
  mv("advance", "conditional", "Libyan National Army", ["سرت"], ["أبو قرين"]),
  mv("shipment", "denied", None, ["مرفأ طرابلس"], ["ميناء بنغازي"]),
 ],
}

NOTES = {
 "yb1": "Geneva 5+5 round (France 24): Misrata brigades' reported pull-back Al-Washka→Abu Qurayn, the LNA's planned "
        "heavy-weapons withdrawal from Sirte's western gate to Harawa ('70 km east' is a distance), Wagner's "
        "conditional exit from Jufra air base (Sirte in the condition is not a movement place), and a denied LNA "
        "massing in Sokna (headline repeats it). Geneva is the venue/dateline; Tunis the previous venue; UN monitors "
        "for Sirte and Jufra are unarmed and not a movement; the 2020 coastal road Misrata–Sirte is background.",
 "yb2": "Cairo meeting (Al-Wafd): Sudanese fighters airlifted Jufra air base→Kufra airport (headline repeats it), "
        "their planned overland exit Kufra→North Darfur via the Uweinat triangle, Egyptian armoured battalions "
        "reinforcing Sidi Barrani from Mohamed Naguib base, their conditional advance to the border with Libya "
        "('if any force crosses the Sirte–Jufra line': condition places only), and a denied Egyptian fighter "
        "deployment to Al-Khadim ('east of Benghazi' is a locator). Cairo = venue and speaker; Algiers/Algeria = next host.",
 "yb3": "Ankara (Yeni Safak Arabic): 140 Syrian fighters flown Mitiga airport→Gaziantep, a Turkish naval supply ship "
        "unloading at Misrata port from Mersin, a planned move of air-defence batteries Al-Watiya→Mitiga base, the "
        "training team's conditional departure from Misrata ('only at the request of the Presidential Council in "
        "Tripoli'), and a denied Turkish marine landing at Al-Khums port. Ankara, Tripoli, Moscow, Berlin are "
        "speakers/venues; 'Tripoli Protection Force' and Emad al-Trabelsi are traps.",
 "yb4": "Moscow (RIA Novosti Arabic): Africa Corps units redeployed Gardabya base→Jufra air base ('south of Sirte' "
        "locates the base), a landing ship Tartus port→Tobruk port unloading troops, a planned Il-76 airlift Jufra "
        "base→Bamako (Mali locates Bamako), a conditional exit from the Sharara field, and a denied deployment to "
        "Maaten al-Sarra ('near the border with Chad' locates it). Moscow, Geneva, Berlin, Tripoli are venues/speakers.",
 "yb5": "Beirut (Al-Liwaa) on the Berlin follow-up committee: unarmed monitors for Sirte and Hun (not a movement), "
        "a reported Misrata massing in Abu Qurayn, the LNA's planned reinforcement Benghazi→Sirte and its "
        "conditional advance Sirte→Abu Qurayn ('its units there'), Es Sider/Oil Crescent background, and Lebanese "
        "customs denying an ammunition ship Tripoli (Lebanon) port→Benghazi port (no force named: actor null). "
        "Tripoli is both the Libyan capital (general staff) and the Lebanese city (an MP for it).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("yb1", "yb2", "yb3", "yb4", "yb5")
