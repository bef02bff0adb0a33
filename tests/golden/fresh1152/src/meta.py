# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # Libya: Jufra and the centre
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "centre_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                  # G (row وسط ليبيا)
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                           # G (district row)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G (also written قاعدة الجفرة, قاعدة الجفره)
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "hun_airport": ("airport", "LY", 29.11010, 15.96560, "Hon Airport"),                   # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 # Libya: Fezzan
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G (written براك الشاطئ)
 "brak_mun": ("district", "LY", 27.54956, 14.27139, "Brak Municipality"),               # G* (town row, written بلدية براك)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G (also written قاعدة براك)
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),            # G (row قاعدة تمنهنت; also تمنهنت, تمنهنط)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا, written الجنوب الليبي)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "wigh_base": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                   # G (also written قاعدة الويغ الجوية)
 "wigh_airport": ("airport", "LY", 24.18590, 14.53280, "Al Wigh Airport"),              # G
 "tri_ly_ne_td": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),   # G* (row الحدود الليبية النيجرية)
 # Libya: east and Kufra
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "khadim_base": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),               # G (also written «الخادم»)
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G (also written الكفره)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G (also written معطن السارة)
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 "south_east_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),          # G* (row جنوب شرق ليبيا, written الجنوب الشرقي)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libya side)"),  # G* (row الحدود الليبية السودانية)
 # neighbours and beyond
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                   # G (also written حميميم)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "niamey_airport": ("airport", "NE", 13.48150, 2.18361, "Diori Hamani International Airport"),  # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G (row ماداما, written قاعدة ماداما)
 "france": ("country", "FR", 46.70829, 2.18957, "France"),                              # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "east_uweinat_airport": ("airport", "EG", 22.58570, 28.71660, "Shark El Oweinat Airport"),  # G
 "abu_dhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                          # G (also written أبو ظبي)
 "kyrgyzstan": ("country", "KG", 41.22464, 75.06898, "Kyrgyzstan"),                     # G (row قيرغزستان)
 "bishkek": ("city", "KG", 42.87, 74.59, "Bishkek"),                                    # K
 "yemen": ("country", "YE", 15.80226, 47.48567, "Yemen"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "border_sd_ly": ("region", "SD", 20.9, 25.3, "Sudan-Libya border (Sudan side)"),       # K
}

TRAPS = {
 "qrk1": ["وهج الخليج", "الفيلق الأفريقي", "اللواء 128 معزز", "الجيش الوطني الليبي", "السورية", "الروسية",
          "سوريين"],
 "qrk2": ["صوت الضفتين", "طارق بن زياد", "غرفة عمليات الجنوب", "علي السبهاوي", "التشادية",
          "شركة البريقة لتسويق النفط", "تونسي"],
 "qrk3": ["المركز الإقليمي للدراسات الاستراتيجية", "الفيلق الأفريقي", "الجيش الوطني الليبي", "عائد مالي", "النيجرية", "المصري",
          "الروسية", "الروسي"],
 "qrk4": ["يمن برس", "قوات الدعم السريع", "الدعم السريع", "الجيش الوطني الليبي", "السودانية", "سوداني",
          "الإماراتية", "الليبية", "يمنيون"],
 "qrk5": ["بلانيت لابز", "أسوشيتد برس", "قوات الدعم السريع", "الدعم السريع", "الجيش الوطني الليبي", "السوداني", "السودانيين", "سوداني",
          "ليبية", "مصريان", "المصرية", "تايمز أوف إسرائيل"],
}

PHEN = {
 "qrk1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "coverage_bases"],
 "qrk2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "ambiguity_country_capital", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qrk3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area", "border_phrase",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qrk4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qrk5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qrk1": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الجفرة"]),
  mv("reinforce", "reported", "Libyan National Army", ["سرت"], ["قاعدة الجفرة"], ["ودان"]),
  mv("deploy", "denied", "Russian forces", [], ["الجفرة"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة الجفره"], ["قاعدة القرضابية"]),
  mv("redeploy", "conditional", "Libyan National Army", ["الجفرة"], ["سوكنة", "هون"]),
 ],
 "qrk2": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["قاعدة براك الجوية"]),
  mv("redeploy", "reported", "Russian forces", ["تمنهنت"], ["قاعدة براك"]),
  mv("advance", "denied", "Chadian armed groups", ["أم الأرانب"], ["تمنهنت"]),
  mv("deploy", "planned", "Libyan National Army", [], ["أوباري", "وادي الشاطئ"]),
  mv("withdraw", "conditional", "Libyan National Army", ["تمنهنط"], ["سبها"]),
 ],
 "qrk3": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة"], ["مطار نيامي"], ["مطار الويغ"]),
  mv("reinforce", "reported", "Libyan National Army", ["القطرون"], ["قاعدة الويغ"]),
  mv("deploy", "denied", "Russian forces", [], ["قاعدة الويغ"]),
  mv("deploy", "planned", "Nigerien army", [], ["ديركو", "قاعدة ماداما"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["الحدود مع النيجر"]),
 ],
 "qrk4": [
  mv("airlift", "reported", None, ["أبو ظبي"], ["مطار الكفرة"], ["قاعدة الخادم"]),
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["المالحة", "شمال دارفور"]),
  mv("shipment", "denied", None, [], ["السودان"]),
  mv("redeploy", "planned", "Russian forces", ["قاعدة الخادم"], ["قاعدة معطن السارة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["بنغازي"], ["الكفرة"]),
 ],
 "qrk5": [
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["دارفور"], ["مثلث العوينات"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("deploy", "denied", "Libyan National Army", ["الكفرة"], ["السودان"]),
  mv("redeploy", "planned", "Egyptian army", [], ["مطار شرق العوينات"]),
  mv("mobilise", "conditional", "Sudanese army", [], ["الحدود مع ليبيا"]),
 ],
}

NOTES = {
 "qrk1": "Gulf news site (Wahj Al-Khaleej, wire copy) on satellite images of Jufra air base: Russian defence-ministry "
         "Il-76 flights Hmeimim→Jufra air base (reported airlift, cargo hedged), an LNA reinforcement column "
         "Sirte→Jufra air base via Waddan, the LNA's denial that hundreds of Russian soldiers were moved to Jufra, a "
         "planned LNA trainer squadron Jufra air base (written قاعدة الجفره)→Gardabya air base, and air-defence units "
         "that will move from Jufra to Sokna or Hun only under direct threat (conditional); the 2020 Syrian/Wagner "
         "background move to Jufra, civilian flights Tripoli→Hon airport, Benghazi (speaker), «جنوب سرت» (distance "
         "reference) and Moscow (silent government) are not movements or movement places.",
 "qrk2": "Tunisian news site (Voix des deux rives «صوت الضفتين») on OSINT imagery of Tamanhint and Brak: an LNA "
         "reinforcement column Sabha→Brak air base, foreign elements «believed Russian» moved Tamanhint→Brak base "
         "(reported, hedged), the LNA's denial of Chadian opposition fighters reaching Tamanhint from Umm al-Aranib, a "
         "planned deployment to Ubari and Wadi al-Shati, a conditional pull-back Tamanhint (written تمنهنط)→Sabha; a "
         "civilian fuel convoy Misrata→Sabha, the Sharara field as purpose, Sabha as distance reference, Fezzan, "
         "Southern Libya and Tunisia are not movement places; علي السبهاوي holds سبها.",
 "qrk3": "Cairo think tank (Regional Center for Strategic Studies) assessment of al-Wigh air base: Russian Il-76s "
         "Jufra air base→Niamey airport via al-Wigh airport (reported airlift), an LNA reinforcement al-Qatrun→al-Wigh "
         "base, the LNA's denial of Russian personnel stationed at al-Wigh, a planned Nigerien battalion to Dirkou and "
         "Madama base, a conditional LNA deployment to the border with Niger; the border triangle, Niger and Mali "
         "(Africa Corps presence in general), Libya (purpose), Niamey (government), France (2022 visit) and Egypt "
         "(analysis) are not movement places.",
 "qrk4": "Yemeni news site (Yemen Press) on a flight-tracked air bridge: cargo Il-76s of Kyrgyz-registered operators "
         "Abu Dhabi (written أبو ظبي)→Kufra airport via al-Khadim air base (reported airlift, actor null), RSF convoys "
         "Kufra→Al Malha and on to North Darfur (reported shipment, Sudanese officer's claim), the UAE's denial of arms "
         "sent to Sudan (shipment, actor null), Russian crews' planned air-defence move al-Khadim→Maaten al-Sarra, a "
         "conditional LNA reinforcement Benghazi→Kufra; Al Marj (locator, «جنوب شرقي المرج»), Bishkek (company office), Darfur and the "
         "Uweinat triangle (condition), Abu Dhabi in «تنفي»/«تتهم» (government) and Yemen (background) are not "
         "movement places.",
 "qrk5": "Times of Israel Arabic (AP wire, Cairo dateline) on satellite images of a new camp at Kufra airport: an "
         "armed RSF supply convoy Kufra→Darfur via the Uweinat triangle (reported shipment, Sudanese official's "
         "description), a Libyan military Il-76 Benina air base→Kufra airport (reported airlift, LNA), the LNA's "
         "denial that Libyan forces escorted convoys Kufra→Sudan, a planned Egyptian drone squadron to East Oweinat "
         "airport, and Sudanese army massing on the border with Libya if supplies keep flowing (conditional "
         "mobilise); the border with Sudan (distance reference), refugees fleeing to Libya, Kufra market (written "
         "الكفره) and the 2024 fuel routes via Maaten al-Sarra are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qrk1", "qrk2", "qrk3", "qrk4", "qrk5")
