# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # wl1 the western coast and the Tunisian border (Al-Quds Al-Arabi)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "westmountain": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "border_tn": ("region", "LY", 31.95, 10.70, "Libya-Tunisia border (Libyan side, near Wazin)"),  # K
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),       # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tabbaneh": ("district", "LB", 34.44300, 35.84000, "Bab al-Tabbaneh"),                 # G* (row kind town)
 # wl2 the Egyptian western and southern borders (Al-Wafd)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "border_eg": ("region", "EG", 29.50, 25.10, "Egypt-Libya border (Egyptian side, west of Siwa)"),  # K
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "almaza": ("base", "EG", 30.0917, 31.3600, "Almaza Air Base"),                         # K
 "eowainat_airport": ("airport", "EG", 22.58570, 28.71660, "Sharq El Owainat Airport"),  # G
 "tripoint_eg": ("region", "EG", 22.10, 25.15, "Egypt-Libya-Sudan border triangle (Egyptian side)"),  # K
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 # wl3 Wadi al-Shati and the south (Ammon)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # wl4 Turkish forces and the Syrian fighters (Al-Jarida)
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "khums_base": ("base", "LY", 32.67610, 14.24130, "Al Khums naval base"),               # G* (row ميناء الخمس)
 "kayseri_base": ("base", "TR", 38.77040, 35.49540, "Kayseri Erkilet Air Base"),        # G* (row قاعدة إركيليت الجوية)
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                       # G
 "misrata_port": ("crossing", "LY", 32.365, 15.215, "Port of Misrata (Qasr Ahmad)"),    # K
 "afrin": ("town", "SY", 36.50833, 36.86944, "Afrin"),                                  # G
 "north_sy": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                    # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 # wl5 the oil crescent (Al-Ayam)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا)
 "ajdabiya_mun": ("district", "LY", 30.75545, 20.22625, "Ajdabiya municipality"),       # G* (city row)
 "zueitina": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),           # G* (town row الزويتينة)
 "tobruk_base": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "zelten": ("oilfield", "LY", 28.58710, 19.30340, "Zelten oil field"),                  # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
}

TRAPS = {
 "wl1": ["القدس العربي", "الطرابلسي", "المنطقة العسكرية الغربية", "التونسي", "اللبنانية"],
 "wl2": ["الوفد", "القاهرة الإخبارية", "الدعم السريع", "المطروحي", "مصري", "الليبية"],
 "wl3": ["عمون", "الجيش الوطني الليبي", "الزنتاني", "غرفة عمليات الجنوب", "الفيلق الأفريقي", "الروسي", "المالي",
         "إدريس المقرحي"],
 "wl4": ["الجريدة", "المرصد السوري لحقوق الإنسان", "الجيش الوطني السوري", "الدفعات الخمس", "التركية",
         "البرلمان التركي"],
 "wl5": ["الأيام", "ليبيا الحدث", "الجيش الوطني الليبي", "إدريس الفاخري"],
}

PHEN = {
 "wl1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "wl2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "wl3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_neighbours", "countries"],
 "wl4": ["multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "wl5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "wl1": [
  mv("withdraw", "denied", "GNA forces", ["زوارة"], ["العجيلات"]),
  mv("reinforce", "reported", "GNA forces", ["الزاوية"], ["معبر رأس جدير"], ["صبراتة", "زلطن"]),
  mv("redeploy", "planned", "GNA forces", ["قاعدة الوطية"], ["الجميل"]),
  mv("deploy", "conditional", "GNA forces", ["نالوت"], ["الحدود مع تونس"]),
 ],
 "wl2": [
  mv("advance", "denied", "Egyptian army", ["سيوة"], ["الجغبوب"]),
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["سيوة"]),
  mv("airlift", "planned", "Egyptian army", ["قاعدة ألماظة الجوية"], ["مطار شرق العوينات"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["المثلث الحدودي"]),
  mv("deploy", "reported", "Sudanese armed groups", ["دارفور"], ["الكفرة"]),
 ],
 "wl3": [
  mv("deploy", "planned", "Libyan National Army", ["براك"], ["إدري"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة براك الجوية"], ["مالي"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["حقل الفيل"], ["أوباري"]),
  mv("advance", "conditional", "Libyan National Army", [], ["مرزق"]),
 ],
 "wl4": [
  mv("withdraw", "denied", "Turkish armed forces", ["قاعدة الخمس البحرية"], ["تركيا"]),
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة قيصري الجوية"], ["قاعدة معيتيقة"]),
  mv("naval_landing", "conditional", "Turkish armed forces", [], ["ميناء مصراتة"]),
  mv("airlift", "planned", "Syrian mercenaries", ["شمال سوريا"], ["طرابلس"], ["إسطنبول"]),
 ],
 "wl5": [
  mv("mobilise", "denied", "Libyan National Army", [], ["اجدابيا"]),
  mv("naval_landing", "reported", "Libyan National Army", ["قاعدة طبرق البحرية"], ["ميناء الزويتينة"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["البريقة"]),
  mv("redeploy", "conditional", "Libyan National Army", ["البريقة"], ["حقل زلطن"]),
  mv("shipment", "planned", "Libyan National Army", ["بنغازي"], ["ميناء السدرة"], ["راس لانوف"]),
 ],
}

NOTES = {
 "wl1": "A GNA spokesman quoting a field source: the rumoured pull-out of Battalion 55 Zuwara→Al-Ajaylat is denied; a "
        "company Zawiya→Ras Ajdir crossing via Sabratha and Zaltan is reported (the next-day correction changes only "
        "the vehicle count and the hour); a planned unit Al-Watiya base→Al-Jumayl; a conditional deployment "
        "Nalut→the border with Tunisia ('near the Wazin crossing' only locates it). The rumour video was filmed in "
        "Tripoli, Lebanon (Bab al-Tabbaneh): not a movement place; Tunis only a radio source.",
 "wl2": "Egyptian military spokesman: a rumoured column Siwa→Al-Jaghbub denied; border-guard units reached Siwa from "
        "Marsa Matruh — the second statement corrects the origin given in the first (Mohamed Naguib base is then not a "
        "movement place); a planned airlift Almaza air base→Sharq El Owainat airport; a conditional push to the border "
        "triangle (Libya and Sudan inside the phrase are not movement places); and a channel's security source "
        "reporting RSF fighters Darfur→Kufra (reported, not denied by anyone).",
 "wl3": "LNA spokesman's phone call corrected the next morning: the column Brak→Idri had not arrived and will leave "
        "Saturday (planned, not reported); a source in Brak air base denies the Africa Corps pulled out of 'the base' "
        "to Mali; a fuel-and-ammunition convoy Sabha→El Feel field via Ubari (reported); a conditional advance on "
        "Murzuq ('نحو المدينة') if the municipality asks. Amman is the dateline only.",
 "wl4": "Turkish MoD denies a withdrawal from Al-Khums naval base back to Turkey; an A400M Kayseri→Mitiga (reported); "
        "the landing ship will not land troops at Misrata port unless asked (conditional); the Observatory's sources "
        "in Afrin (not a movement place) say Syrian fighters will be flown northern Syria→Tripoli via Istanbul "
        "(planned; the next-day correction changes only the number). Ankara is headline subject, dateline and source.",
 "wl5": "PFG spokesman denies a 70-vehicle LNA massing at Ajdabiya's western gate (the photos were from the outskirts "
        "of Tripoli, not a movement place); marines landed at Zueitina from Tobruk naval base (reported); a massing "
        "in Brega confirmed (reported mobilise); the move Brega→Zelten field first announced as planned is made "
        "conditional by the next-day correction; a planned truck shipment Benghazi→Es Sider via Ras Lanuf.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("wl1", "wl2", "wl3", "wl4", "wl5")
