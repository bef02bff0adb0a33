# Metadata for fresh926 (qir1-qir5), written blind to the extractor.
# P: key -> (kind, country, lat, lon, name). Comment per row: G = gazetteer row (data/gazetteer.csv, grep -F only),
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G (row مصراتة; qir1 writes مصراته)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G (row قاعدة الوطية; qir1 headline bare الوطية)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 # qir1 UN Panel of Experts on Libya, final report (Al-Mada, New York)
 "newyork": ("city", "US", 40.71427, -74.00597, "New York City"),                       # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "mersin_port": ("crossing", "TR", 36.81196, 34.63886, "Port of Mersin"),               # G* (city row مرسين, kind crossing)
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "tripoli_gharb": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                        # G* (Tripoli city row; «طرابلس الغرب»)
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (base row, near Hun/Waddan)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 # qir2 Amnesty International on the Tariq Ben Zeyad brigade (Azzaman, London)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G (GeoNames row, odd Arabic label)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "southwest": ("region", "LY", 26.0, 12.5, "South-western Libya"),                      # K
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G (also bare الشرارة)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G (written مرزوق and مرزق)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 # qir3 Euro-Med Monitor on Zawiya (Dunya al-Watan, Gaza)
 "gaza": ("city", "PS", 31.50161, 34.46672, "Gaza"),                                    # K
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zawiya_mun": ("district", "LY", 32.75222, 12.72778, "Zawiya municipality"),           # G* (city row)
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),          # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Hurshah"),                            # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 # qir4 UN Panel of Experts on Sudan (Barlamane, Rabat)
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G (GeoNames row labelled ربات)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "tri_lsd": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),   # G* (row المثلث الحدودي مع تشاد والسودان)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                          # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
 # qir5 Syrian Observatory for Human Rights on Syrian fighters (Rudaw, Erbil)
 "erbil": ("city", "IQ", 36.19117, 44.00943, "Erbil"),                                  # G
 "afrin": ("town", "SY", 36.50833, 36.86944, "Afrin"),                                  # G
 "aleppo": ("city", "SY", 36.20124, 37.16117, "Aleppo"),                                # G
 "gaziantep_airport": ("airport", "TR", 36.94720, 37.47870, "Gaziantep Airport"),       # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G (row مطار معيتيقة; written امعيتيقة)
 "salahuddin": ("town", "LY", 32.88743, 13.18733, "Salah al-Din (Tripoli)"),            # G
 "north_syria": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                 # G
}

TRAPS = {
 "qir1": ["المدى", "الفيلق الأفريقي", "السوري", "التركي", "القيادة العامة للجيش الوطني الليبي",
          "عبد الرحمن الطرابلسي",
          "غرفة عمليات سرت والجفرة"],
 "qir2": ["الزمان", "منظمة العفو الدولية", "طارق بن زياد", "الجيش الوطني الليبي", "الشرارة الأولى",
          "سالم الأوباري"],
 "qir3": ["الأورومتوسطي", "دنيا الوطن", "الليبية", "المجلس العسكري الزنتان", "أحمد الجنزوري", "الزاوية الأمنية"],
 "qir4": ["برلمان.كوم", "الدعم السريع", "القيادة العامة للجيش الوطني الليبي", "سبل السلام", "الليبية", "الليبي", "التشادي",
          "إدريس ديبي", "اتفاق الصخيرات"],
 "qir5": ["المرصد السوري", "سورياً", "الجيش الوطني السوري", "فرقة السلطان مراد", "فرقة الحمزات", "روداو",
          "الليبية", "السوريين", "التركية", "أبو خالد الحلبي"],
}

PHEN = {
 "qir1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qir2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qir3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "town_vs_district", "coverage_oil", "countries"],
 "qir4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
          "coverage_neighbours", "countries"],
 "qir5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qir1": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("naval_landing", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("shipment", "reported", "GNA forces", ["ميناء مرسين"], ["ميناء مصراتة"]),
  mv("reinforce", "denied", "Turkish armed forces", [], ["قاعدة الوطية"]),
  mv("redeploy", "planned", "Libyan National Army", ["الجفرة"], ["سبها"]),
  mv("advance", "conditional", "Misrata forces", ["مصراته"], ["سرت"]),
 ],
 "qir2": [
  mv("deploy", "reported", "Libyan National Army", ["بنغازي"], ["سبها"]),
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["أوباري", "حقل الشرارة"]),
  mv("withdraw", "reported", "Libyan National Army", ["حقل الشرارة"], ["أوباري"]),
  mv("redeploy", "conditional", "Libyan National Army", [], ["الشرارة"]),
  mv("deploy", "planned", "Libyan National Army", [], ["منفذ إيسين"]),
  mv("reinforce", "denied", "Libyan National Army", [], ["مرزق"]),
 ],
 "qir3": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية"], ["جنزور", "الماية"]),
  mv("withdraw", "reported", None, ["مصفاة الزاوية"]),
  mv("naval_landing", "reported", None, ["زوارة"], ["الحرشة"]),
  mv("mobilise", "denied", "Zintan forces", ["الزنتان"], ["العزيزية"]),
  mv("deploy", "planned", "GNA forces", [], ["مصفاة الزاوية"]),
  mv("advance", "conditional", None, ["الزاوية"], ["صبراتة"]),
 ],
 "qir4": [
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["شمال دارفور"], ["المثلث الحدودي"]),
  mv("airlift", "reported", None, ["مطار الكفرة"], ["أم جرس"]),
  mv("deploy", "denied", "Libyan National Army", [], ["السودان"]),
  mv("redeploy", "planned", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("advance", "conditional", "Sudanese armed groups", [], ["الكفرة"]),
 ],
 "qir5": [
  mv("airlift", "reported", "Syrian mercenaries", ["عفرين"], ["مطار امعيتيقة"], ["مطار غازي عنتاب"]),
  mv("withdraw", "reported", "Syrian mercenaries", ["قاعدة الوطية", "صلاح الدين"], ["شمال سوريا"]),
  mv("mobilise", "reported", "Syrian mercenaries", [], ["عفرين"]),
  mv("deploy", "planned", "Syrian mercenaries", ["عفرين"], ["قاعدة الوطية"]),
  mv("withdraw", "conditional", "Syrian mercenaries", ["قاعدة الوطية"], ["سوريا"]),
  mv("redeploy", "denied", "Syrian mercenaries", ["طرابلس"], ["النيجر"]),
 ],
}

NOTES = {
 "qir1": "Iraqi daily quoting the UN Panel of Experts on Libya's final report (dateline New York): a Russian 'Africa "
         "Corps' airlift Hmeimim→Al-Khadim (Benghazi only a distance reference), a hedged Russian landing Tartus→"
         "Tobruk port, a cargo-ship delivery Mersin port→Misrata port for GNU units in «طرابلس الغرب», Turkey's "
         "denied reinforcement of Al-Watiya (Ankara in the headline only), a planned LNA air-defence transfer "
         "Al-Jufra→Sabha (Fezzan background) and a conditional advance of Misrata forces (spelled مصراته)→Sirte "
         "quoted from an officer whose name contains Tripoli and whose operations room is named after Sirte and Jufra.",
 "qir2": "London daily quoting an Amnesty International report (issued by its Tunis office) on the Tariq Ben Zeyad "
         "brigade: Benghazi→Sabha, then Sabha→Ubari and the Sharara field, a pull-back Sharara→Ubari, a conditional "
         "return to Sharara threatened by a commander (Ghat municipality only the notables' town), a planned company "
         "at the Isayen crossing (Ghat a distance reference) and a denied reinforcement of Murzuq (written مرزوق and "
         "مرزق); migrants expelled beyond the border with Niger and 'الشرارة الأولى' (first spark) are not moves.",
 "qir3": "Gaza site quoting a Geneva NGO (Euro-Med Monitor) on Zawiya: a GNU column Tripoli→Zawiya via Janzour and "
         "Al-Maya, local groups pulling back from the refinery, speedboats landing gunmen from Zuwara at Al-Harsha, "
         "the Zintan military council's denial of a massing in Al-Aziziya, a planned separation force at the "
         "refinery and a conditional advance Zawiya→Sabratha by an unnamed local group; families displaced to "
         "Al-Ajaylat and Sabratha are not moves; 'الزاوية الأمنية' (the security angle) is a common-word trap.",
 "qir4": "Moroccan site quoting the UN Panel of Experts on Sudan: RSF fuel convoys Kufra→North Darfur via the "
         "Libya-Chad-Sudan triangle, unattributed cargo flights Kufra airport→Amdjarass (where Idriss Deby is "
         "buried), the LNA's denial of sending men into Sudan, a planned LNA company Kufra→Maaten al-Sarra base and "
         "an RSF conditional crossing to Kufra; the closed border with Sudan, the Algiers neighbours' meeting, Rabat, "
         "Bouznika and the Skhirat agreement are background.",
 "qir5": "Erbil outlet quoting the Syrian Observatory for Human Rights: 250 Syrian fighters Afrin→Mitiga airport "
         "(spelled امعيتيقة) via Gaziantep airport, 300 back from Al-Watiya and Salah al-Din to northern Syria, 150 "
         "being gathered near Afrin before a planned dispatch to Al-Watiya, fighters there threatening to go home "
         "to Syria unless paid, and a claimed Tripoli→Niger transfer denied by a Turkish source (Ankara the speaker); "
         "the closing distribution Tripoli/Misrata/Al-Watiya is presence, not movement.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qir1", "qir2", "qir3", "qir4", "qir5")
