# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "greece": ("country", "GR", 39.07170, 21.95170, "Greece"),                              # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                            # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                                # G
 # shared Libyan west coast
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                 # G (row قاعدة أبوستة البحرية)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                 # G
 "zuwara_port": ("crossing", "LY", 32.935, 12.095, "Port of Zuwara"),                    # K
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                             # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                 # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),     # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 # qco1 Zuwara and the Tunisian border (Diwan FM)
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),            # G* (town row)
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                        # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                 # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 33.10, 11.62, "Libya-Tunisia border (Libyan side, coast)"),  # K
 "border_lytn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),            # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                        # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                 # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),              # G
 "zuwara_airport": ("airport", "LY", 32.95230, 12.01550, "Zwara Airport"),               # G
 "jumayl": ("town", "LY", 32.85286, 12.06120, "Al Jumayl"),                              # G (gazetteer kind city)
 # qco2 Tobruk and the east (Al-Wafd)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                # G
 "tobruk_airport": ("airport", "LY", 31.86100, 23.90700, "Tobruk (Gamal Abdel Nasser) Airport"),  # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                   # G
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                 # G
 "kambut": ("town", "LY", 31.90434, 24.47840, "Kambut"),                                 # G
 "ain_ghazala": ("town", "LY", 32.15000, 23.33000, "Ain al Ghazala"),                    # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),       # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),           # G* (row برقة, names include شرق ليبيا)
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                 # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                 # G
 "border_eg": ("region", "EG", 31.35, 25.05, "Egypt-Libya border (Egyptian side)"),      # K
 # qco3 Garabulli and the Lebanese missing (Al-Liwaa)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                  # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                 # G
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                               # G* (row حلبا, Akkar's seat)
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Garabulli"),                           # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "qasr_akhyar": ("town", "LY", 32.69677, 13.84634, "Qasr al-Akhyar"),                    # G* (row قصر خيار)
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                  # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                             # G
 # qco4 Sabratha and the western coast (Al-Shabiba)
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),            # G
 "sabratha_mun": ("district", "LY", 32.79335, 12.48845, "Sabratha municipality"),        # G* (town row)
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                 # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                            # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                               # G
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Harsha"),                              # G
 # qco5 EU-funded boats (Al-Ayam)
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                     # G
 "augusta_port": ("crossing", "IT", 37.24065, 15.22121, "Port of Augusta"),              # G* (town row أوغستا)
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                               # G
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                           # G* (row لامبيدوسا)
 "misrata_port": ("crossing", "LY", 32.360, 15.210, "Port of Misrata (Qasr Ahmed)"),     # K
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),                # K
 "brussels": ("city", "BE", 50.85045, 4.34878, "Brussels"),                              # G
}

TRAPS = {
 "qco1": ["ديوان أف أم", "حكومة الوحدة الوطنية الليبية", "ينسوا الجميل", "المياه الليبية", "إذاعة تطاوين",
          "الحرس البحري التونسي"],
 "qco2": ["الوفد", "الجيش الليبي", "الجيش الوطني الليبي", "كتيبة طارق بن زياد", "اليونانية", "السلطات المصرية",
          "محمد إدريس", "الجيش المصري", "خفر السواحل اليوناني"],
 "qco3": ["اللبنانيين", "خالد الطرابلسي", "السلطات الليبية", "صوت لبنان", "الجيش اللبناني", "الطريق الليبي"],
 "qco4": ["غرفة عمليات الساحل الغربي", "فتحي الإدريسي", "ليبيا الأحرار", "الشواطئ الليبية"],
 "qco5": ["خفر السواحل الليبي", "الإيطالية", "ليبيا أوبزرفر", "الدعم المالي",
          "اللبنانية"],
}

PHEN = {
 "qco1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qco2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours",
          "countries"],
 "qco3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "coverage_crossings", "countries"],
 "qco4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
 "qco5": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qco1": [
  mv("redeploy", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("deploy", "reported", "GNA forces", ["زوارة"], ["أبو كماش"], ["زلطن"]),
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["مطار زوارة"]),
  mv("advance", "conditional", "GNA forces", [], ["راس اجدير"]),
  mv("withdraw", "denied", "GNA forces", ["أبو كماش"]),
 ],
 "qco2": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["طبرق"], ["درنة"]),
  mv("naval_landing", "reported", "Libyan National Army", ["قاعدة طبرق البحرية"], ["البردي"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار طبرق"]),
  mv("advance", "conditional", "Libyan National Army", [], ["كمبوت"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["عين الغزالة"]),
 ],
 "qco3": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["القره بوللي"], ["تاجوراء"]),
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["قصر الأخيار"], ["الخمس"]),
  mv("naval_landing", "planned", "GNA forces", ["ميناء الخمس"], ["القره بوللي"]),
  mv("advance", "conditional", "GNA forces", [], ["مسلاتة"]),
  mv("withdraw", "denied", "GNA forces", ["القره بوللي"]),
 ],
 "qco4": [
  mv("deploy", "reported", "GNA forces", ["الزاوية"], ["صبراتة"], ["صرمان"]),
  mv("redeploy", "reported", "GNA forces", ["قاعدة الوطية"], ["العجيلات"]),
  mv("mobilise", "reported", "GNA forces", [], ["جنزور"]),
  mv("deploy", "planned", "GNA forces", ["جنزور"], ["مجمع مليتة"]),
  mv("advance", "conditional", "GNA forces", [], ["زوارة"]),
  mv("withdraw", "denied", "GNA forces", ["صبراتة"]),
 ],
 "qco5": [
  mv("shipment", "reported", None, ["ميناء أوغستا"], ["قاعدة أبوستة البحرية"]),
  mv("deploy", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("shipment", "planned", None, [], ["ميناء مصراتة"]),
  mv("shipment", "conditional", None, [], ["ميناء بنغازي"]),
  mv("deploy", "denied", "GNA forces", [], ["مالطا"]),
 ],
}

NOTES = {
 "qco1": "Diwan FM from Ben Gardane: coastguard boats Abu Sitta naval base→Zuwara port (the headline «أبوستة» repeats "
         "it), the Zuwara joint security room's column Zuwara→Abu Kammash via Zaltan, a planned special-forces airlift "
         "Mitiga airport→Zuwara airport (Al-Jumayl only locates smugglers' warehouses '12 km south of the airport'), a "
         "conditional advance to Ras Ajdir, a denied pull-out from Abu Kammash; the denied pushback of a migrant boat "
         "towards Zarzis and the migrants taken to Zawiya are not force moves; Tunisia, Ben Gardane and the border are "
         "only dateline, setting and background.",
 "qco2": "Al-Wafd from Cairo: an LNA (Tariq bin Ziyad) reinforcement Benghazi→Tobruk via Derna, a coastguard landing "
         "of special forces Tobruk naval base→Bardia, a planned airlift Benina air base→Tobruk airport, a conditional "
         "advance to Kambut ('50 km east of the city'), a denied massing in Ain al-Ghazala (with a denied clash); "
         "migrants Sallum→Tobruk, the unchanged Egyptian deployment on the border, Crete, Marsa al-Hariga (a road "
         "locator), Cairo and Greece are not movement places.",
 "qco3": "Al-Liwaa from Beirut: two Tripolis (Lebanon: the missing men's city, the sit-in, the port; Libya: «طرابلس "
         "الغرب» in the headline, the chief of staff, the origin of 444); a GNA 444 force Tripoli→Garabulli via Tajura, "
         "a Misrata battalion Misrata→Qasr al-Akhyar via Khoms, a planned marines landing Khoms port→Garabulli shore, "
         "a conditional advance to Msallata, a denied withdrawal from Garabulli; the Lebanese youths' journey "
         "Tripoli/Akkar→Benghazi→(Italy) and the Lebanese army's foiled sailing are not force moves.",
 "qco4": "Al-Shabiba (agencies) from Tripoli: a Stability Support Apparatus column Zawiya→Sabratha via Surman, units "
         "Al-Watiya base→Al-Ajaylat, a 444 force massing in Janzour and planning to move Janzour→Mellitah complex, a "
         "conditional advance to Zuwara, a denied withdrawal from Sabratha (Al-Harsha only the place of the denied "
         "clash); «غرفة عمليات الساحل الغربي» is a trap beside the gold region in the headline.",
 "qco5": "Al-Ayam from Rome: EU-funded patrol boats shipped by an Italian navy supply ship Augusta port→Abu Sitta "
         "naval base (actor null), two of them sailing from the base to Zuwara port, a planned second batch to Misrata "
         "port, a conditional delivery to Benghazi port, a denied dispatch of two boats towards Malta (the return of "
         "migrants to Zawiya is not a force move); Lampedusa, Brussels, Tunisia and Tripoli (Lebanon) port are "
         "background only; «الدعم المالي» is a common-word trap.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qco1", "qco2", "qco3", "qco4", "qco5")
