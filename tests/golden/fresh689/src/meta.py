# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 # zo1 the west coast (Al-Quds Al-Arabi)
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zawiya_mun": ("district", "LY", 32.75222, 12.72778, "Zawiya municipality"),           # G* (city row)
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Maya"),                                 # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G* (row صبراتة; written صبراته)
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "birghanam": ("town", "LY", 32.30912, 12.56935, "Bir al-Ghanam"),                      # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 # zo2 Kufra and the Sudanese border (Roya)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G* (row عمان; written عمّان)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G* (row قاعدة معطن السارة)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "tripoint_sd_td": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات)
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 # zo3 the coast road and Sirte (Sada El Balad)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا; written اجدابيا)
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "raslanuf": ("town", "LY", 30.50000, 18.52720, "Ras Lanuf"),                           # G* (row راس لانوف, kind oilfield)
 "zueitina": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),           # G* (town row الزويتينة)
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G* (row قاعدة القرضابية)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (row هون, point near Hun)
 # zo4 the south-west (France 24)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G (row أوباري; written اوباري)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 # zo5 Turkey, Khoms and Tripoli (Lebanon) (Akhbar Al Khaleej)
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khoms_base": ("base", "LY", 32.67610, 14.24130, "Khoms naval base"),                  # G* (row ميناء الخمس)
 "mersin_port": ("crossing", "TR", 36.81196, 34.63886, "Port of Mersin"),               # G* (city row مرسين)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "yarmouk": ("base", "LY", 32.88743, 13.18733, "Yarmouk Camp (Tripoli)"),               # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
}

TRAPS = {
 "zo1": ["القدس العربي", "اللواء 444 قتال", "الماية الباردة", "الإيطالية", "إدريس الزواوي", "قوة حماية طرابلس"],
 "zo2": ["رؤيا", "كتيبة سبل السلام", "الجيش الوطني الليبي", "قوات الدعم السريع", "العامية الليبية", "صفحات ليبية",
         "السودانية", "السودانيين"],
 "zo3": ["صدى البلد", "محمود الطرابلسي", "اللواء طارق بن زياد المعزز", "الجيش الوطني الليبي",
         "القوة المشتركة - مصراتة", "التركية", "الهلال الأحمر", "المصري"],
 "zo4": ["فرانس 24", "اللواء 128 معزز", "الجيش الوطني الليبي", "مع المغرب", "إدريس المقرحي", "حسابات جزائرية"],
 "zo5": ["التركية", "أخبار الخليج", "المرصد السوري لحقوق الإنسان", "السوريين", "من هون", "الجيش الوطني الليبي",
         "صفحات لبنانية", "اللبنانية", "الأيام الخمسة", "حسابات ليبية"],
}

PHEN = {
 "zo1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_oil"],
 "zo2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "zo3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "zo4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "zo5": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "zo1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية"], ["جنزور", "الماية"]),
  mv("redeploy", "planned", "GNA forces", ["الزاوية"], ["صبراته"]),
  mv("advance", "conditional", "GNA forces", [], ["مجمع مليتة"]),
  mv("mobilise", "denied", "Zintan forces", [], ["بئر الغنم"]),
 ],
 "zo2": [
  mv("reinforce", "reported", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["الكفرة"]),
  mv("airlift", "planned", "Libyan National Army", ["بنينا"], ["مطار الكفرة"]),
  mv("advance", "conditional", "Libyan National Army", [], ["المثلث الحدودي"]),
  mv("deploy", "denied", "Sudanese armed groups", ["شمال دارفور"], ["جبل العوينات"]),
 ],
 "zo3": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["سرت"], ["اجدابيا", "البريقة", "راس لانوف"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء الزويتينة"]),
  mv("advance", "planned", "Misrata forces", ["مصراتة"], ["أبوقرين"]),
  mv("withdraw", "conditional", "Russian forces", ["قاعدة القرضابية الجوية"]),
  mv("withdraw", "denied", "GNA forces", ["تاورغاء"]),
 ],
 "zo4": [
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["غات"], ["اوباري", "العوينات"]),
  mv("redeploy", "planned", "Libyan National Army", ["براك"], ["إدري"]),
  mv("reinforce", "conditional", "Libyan National Army", ["اوباري"], ["حقل الشرارة"]),
  mv("deploy", "denied", "Russian forces", [], ["غات"]),
 ],
 "zo5": [
  mv("naval_landing", "reported", "Turkish armed forces", ["ميناء مرسين"], ["قاعدة الخمس البحرية"]),
  mv("airlift", "planned", "Turkish armed forces", ["أنقرة"], ["مطار معيتيقة"]),
  mv("withdraw", "conditional", "Syrian mercenaries", ["معسكر اليرموك"], ["تركيا"]),
  mv("shipment", "denied", "Libyan National Army", ["مرفأ طرابلس"], ["ميناء بنغازي"]),
 ],
}

NOTES = {
 "zo1": "444 Brigade media office posts: a column Tripoli→Zawiya via Janzour and Al-Maya (the caption's «الماية الباردة» "
        "is 'cold water', a trap), a planned second batch Zawiya→Sabratha (spelled صبراته), a conditional entry into the "
        "Mellitah complex («ما عندناش نية ندخلوا المجمع، إلا لو ...»; Sabratha there only locates the complex), and the "
        "Zintan military council's denied massing of 50 vehicles in Bir al-Ghanam; Zawiya's municipality and the "
        "'western Libya' area are not movement places.",
 "zo2": "Subul al-Salam battalion posts: a column Kufra→Maaten al-Sarra base (headline repeats it), vehicles massing "
        "in the battalion's camp in Kufra, a planned two-plane airlift Benina→Kufra airport, a conditional entry into "
        "the Libya-Chad-Sudan triangle (the three countries only explain it), and the RSF's denied column North "
        "Darfur→Jebel Uweinat (El Fasher, Port Sudan, Benghazi as a distance reference, Amman as dateline and the "
        "Sudanese border in the background are not movement places).",
 "zo3": "Tariq bin Ziyad page: a column Benghazi→Sirte via Ajdabiya, Brega and Ras Lanuf (the headline quote and the "
        "arrival caption «وسرت في عيوننا» repeat it), marines landed Benghazi port→Zueitina port (the Oil Crescent only "
        "the purpose), a planned Misrata advance Misrata→Abu Qurayn posted by a page whose name contains Misrata "
        "(trap), the Russians' conditional departure from Gardabya base (Al-Watiya only in the condition) and a "
        "denied GNA pull-out from Tawergha; Cairo, Sirte-to-Jufra 'red line', the hashtag and Egypt are no moves.",
 "zo4": "128 Brigade page: a fuel-and-ammunition convoy Sabha→Ghat via Ubari (spelled اوباري) and Al-Awaynat ('مع "
        "المغرب' = at sunset, a trap), a planned company Brak→Idri, a conditional reinforcement Ubari→Sharara field "
        "if the field is attacked again, and a denied arrival of Russian personnel in Ghat (Brak there only the place "
        "of an old drill); the Algerian border, Isayen crossing, Ghat municipality, Fezzan and the south-west are "
        "background, Sabha (Libya) the dateline.",
 "zo5": "Turkish MoD posts on X: marines landed Mersin port→Khoms naval base, a planned cargo flight Ankara→Mitiga "
        "airport; Syrian fighters in Yarmouk camp in Tripoli conditionally returning to Turkey («لن يعودوا ... إلا "
        "بعد»; «من هون» = 'from here', not Hun); the LNA denies a weapons ship Tripoli (Lebanon) port→Benghazi port "
        "(the headline's Lebanese Tripoli repeats it). Benghazi in the photo-rumour paragraph, Ankara as speaker and "
        "Libya are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("zo1", "zo2", "zo3", "zo4", "zo5")
