# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "qatar": ("country", "QA", 25.36383, 51.13780, "Qatar"),                               # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 # yz1 Zawiya–Surman–Sabratha and Zuwara (Tadamon Press, Tripoli)
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "sabratha_mun": ("district", "LY", 32.79335, 12.48845, "Sabratha municipality"),       # G* (town row)
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 # yz2 Siwa and the Western Desert (MENA, Cairo)
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "hammam": ("town", "EG", 30.84532, 29.38818, "Al Hammam"),                             # G
 "west_eg": ("region", "EG", 25.70408, 28.49824, "Western Desert (Egypt)"),             # G* (row غرب مصر)
 "border_eg": ("region", "EG", 29.45, 25.05, "Egypt-Libya border near Siwa (Egyptian side)"),  # K
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G* (row مطروح)
 # yz3 Dehiba and the Tunisian south (TAP, Tunis)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),          # G* (row الحدود الليبية التونسية)
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),       # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "dehiba_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G* (row منفذ وازن)
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Wazin border crossing"),              # G
 "bizerte_base": ("base", "TN", 37.27442, 9.87391, "Bizerte naval base"),               # G* (Bizerte city row)
 "zarzis_port": ("crossing", "TN", 33.47, 11.12, "Port of Zarzis"),                     # K
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                 # G
 "borma": ("oilfield", "TN", 31.70430, 9.25460, "El Borma oil field"),                  # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 # yz4 Turkish flights and ships (QNA, Doha)
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "incirlik": ("base", "TR", 37.00194, 35.42583, "Incirlik Air Base"),                   # G* (row قاعدة إنجيرليك)
 "adana": ("city", "TR", 36.98615, 35.32531, "Adana"),                                  # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "north_sy": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                    # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 # yz5 the Uweinat triangle and Kufra (SUNA, Port Sudan)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),               # G* (row الحدود الليبية السودانية)
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "east_owainat": ("town", "EG", 22.58570, 28.71660, "East Owainat"),                    # G* (airport row مطار شرق العوينات)
}

TRAPS = {
 "yz1": ["التضامن", "إدريس الزواري", "لواء شهداء صبراتة", "المالي", "سالم الطرابلسي"],
 "yz2": ["وكالة أنباء الشرق الأوسط", "أحمد السيوي", "قيادة المنطقة الغربية العسكرية", "الجيش المصري",
         "الجيش الوطني الليبي", "الليبية", "مصري"],
 "yz3": ["الجيش الوطني", "وكالة تونس إفريقيا للأنباء", "منير القابسي", "التراب التونسي", "التراب الليبي"],
 "yz4": ["وكالة الأنباء القطرية", "قنا", "التركية", "اللبناني", "أحمد معيتيق", "بركان الغضب", "السنوات الخمس"],
 "yz5": ["سونا", "وكالة السودان للأنباء", "القوات المسلحة السودانية", "الدعم السريع", "كتيبة سبل السلام",
         "الجيش الوطني الليبي", "الليبية", "إدريس آدم"],
}

PHEN = {
 "yz1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "town_vs_district", "coverage_oil",
         "coverage_crossings", "coverage_neighbours"],
 "yz2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "yz3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "yz4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "yz5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "yz1": [
  mv("deploy", "reported", "GNA forces", ["الزاوية"], ["صرمان"]),
  mv("advance", "conditional", "GNA forces", ["صرمان"], ["صبراتة"]),
  mv("redeploy", "planned", "GNA forces", ["زوارة"], ["مجمع مليتة"]),
  mv("withdraw", "denied", "GNA forces", ["منفذ راس اجدير"]),
 ],
 "yz2": [
  mv("reinforce", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["مرسى مطروح"]),
  mv("reinforce", "planned", "Egyptian army", ["مرسى مطروح"], ["سيوة"]),
  mv("advance", "conditional", "Egyptian army", ["سيوة"], ["الحدود مع ليبيا"]),
  mv("mobilise", "denied", "Egyptian army", [], ["الجغبوب"]),
 ],
 "yz3": [
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"], ["رمادة"]),
  mv("naval_landing", "planned", "Tunisian army", ["قاعدة بنزرت البحرية"], ["ميناء جرجيس"]),
  mv("deploy", "conditional", "Tunisian army", [], ["برج الخضراء", "حقل البرمة"]),
  mv("withdraw", "denied", "GNA forces", ["منفذ وازن"], ["نالوت"]),
 ],
 "yz4": [
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة إنجرليك الجوية"], ["قاعدة الوطية"]),
  mv("shipment", "planned", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"], ["مرفأ طرابلس"]),
  mv("naval_landing", "reported", "Turkish armed forces", [], ["ميناء طرابلس"]),
  mv("airlift", "denied", "Syrian mercenaries", ["شمال سوريا"], ["مصراتة"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["قاعدة الوطية"]),
 ],
 "yz5": [
  mv("advance", "reported", "Sudanese armed groups", ["قاعدة معطن السارة"], ["المثلث الحدودي"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["قاعدة معطن السارة"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["المثلث الحدودي"]),
  mv("redeploy", "planned", "Libyan National Army", ["تازربو"], ["الكفرة"]),
  mv("advance", "conditional", "Sudanese armed groups", ["دنقلا"], ["المثلث الحدودي"]),
 ],
}

NOTES = {
 "yz1": "Flash then correction: the flash's '70 vehicles entered Sabratha from Zawiya' is revised to a 42-vehicle GNA "
        "column Zawiya→Surman (reported; Sabratha only '9 km' away, and the flash's claim is superseded, not a second "
        "move); a conditional advance Surman→Sabratha on the municipality's request; a planned company Zuwara→Mellitah "
        "complex; a denied pull-out from Ras Ajdir (travellers to Tunis and Sfax are not movements; Tripoli only the "
        "dateline; Sabratha inside the brigade name and Tripoli inside the spokesman's name are traps).",
 "yz2": "MENA flash '60 armoured vehicles reached Siwa' revised: 35 vehicles reached Marsa Matruh from the Mohamed "
        "Naguib base (Al-Hammam only locates the base) and will go on to Siwa tomorrow (reported leg + planned leg); a "
        "conditional advance Siwa→the border with Libya; a denied massing near Jaghbub (the LNA's units already in "
        "Jaghbub are not a move); Tobruk/Benghazi are partners and speaker's city, Matruh governorate a district.",
 "yz3": "TAP flash 'units to Ben Gardane' corrected to a reported reinforcement Tataouine→Dehiba via Remada (Ben "
        "Gardane and Ras Ajdir only the superseded flash and 'normal traffic'); a planned naval transfer of marines "
        "Bizerte naval base→Zarzis port; a conditional deployment to Borj El Khadra and the El Borma field if fighting "
        "reaches Ghadames (condition only); the GNA's denied pull-out Wazin crossing→Nalut. 'الجيش الوطني' is the "
        "Tunisian army here (trap).",
 "yz4": "QNA flash 'one plane at Mitiga' corrected to two Turkish planes Incirlik→Al-Watiya (Mitiga superseded, and "
        "later only a civilian airport); a planned Turkish ship Mersin→Khoms port via Tripoli port in Lebanon (مرفأ "
        "طرابلس, LB); marines landed yesterday at Tripoli port (LY); a denied airlift of Syrian fighters northern "
        "Syria→Misrata; a conditional Turkish withdrawal from Al-Watiya (Ankara only venue and a delegation's visit).",
 "yz5": "SUNA flash 'attack on the border triangle launched from Kufra' revised: 45 RSF vehicles advanced from Maaten "
        "al-Sarra base to the triangle (Kufra superseded there), 30 more still massed at Maaten al-Sarra; the LNA "
        "denies fuel and ammunition shipments Kufra→the triangle and plans a battalion Tazirbu→Kufra ('to control the "
        "border with Sudan' is a purpose, not a destination); the Joint Force's conditional advance Dongola→the "
        "triangle; East Owainat is only an alert and a distance.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
BAR_IN_TEXT = True  # the «عاجل |» flash lines carry a literal "|"
IDS = ("yz1", "yz2", "yz3", "yz4", "yz5")
