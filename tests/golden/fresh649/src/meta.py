# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "cameroon": ("country", "CM", 7.37289, 13.61144, "Cameroon"),                          # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # shared Libyan places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "gulf_sirte": ("region", "LY", 30.90000, 18.00000, "Gulf of Sirte"),                   # G
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),         # G* (row راس لانوف)
 "raslanuf_town": ("town", "LY", 30.50000, 18.52720, "Ras Lanuf"),                      # G* (row راس لانوف, kind town)
 "raslanuf_airport": ("airport", "LY", 30.50000, 18.52720, "Ras Lanuf Oil Airport"),    # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega oil port"),       # G* (town row البريقة)
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),      # G* (town row الزويتينة)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 # ya1 Es Sider closure (Al-Quds Al-Arabi)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G (row قاعدة القرضابية)
 "nofaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                            # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 # ya2 Zueitina and Brega (Al-Wafd)
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "brega_mun": ("district", "LY", 30.40624, 19.57386, "Brega municipality"),             # G* (town row)
 "brega_airport": ("airport", "LY", 30.37810, 19.57640, "Marsa Brega Airport"),         # G
 "zueitina": ("town", "LY", 30.95220, 20.12022, "Az Zuwaytinah"),                       # G
 "qaminis": ("town", "LY", 31.65760, 20.01697, "Qaminis"),                              # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "emsaed_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "border_ly_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"),  # G* (row الحدود الليبية المصرية)
 # ya3 navy boats and airlifts in the Gulf of Sirte (Al-Anbaa)
 "misrata_port": ("crossing", "LY", 32.360, 15.210, "Port of Misrata (Qasr Ahmad)"),    # K
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 # ya4 Ras Lanuf refinery and tankers (Al-Ayam)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "agheila": ("town", "LY", 30.25583, 19.19944, "El Agheila"),                           # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "rades": ("crossing", "TN", 36.800, 10.245, "Port of Rades"),                          # K
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # ya5 Marsa al-Hariga and Tobruk (Oman)
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "albayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                             # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "messla": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                  # G
 "gan_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),         # G* (row مطار طبرق, kind base)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "border_eg": ("region", "EG", 31.45, 25.12, "Egypt-Libya border (Egyptian side)"),     # K
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "butnan": ("district", "LY", 30.16346, 23.87338, "Al Butnan district"),                # G
}

TRAPS = {
 "ya1": ["الناقلة «أوباري»", "القدس العربي", "الجيش الوطني الليبي", "مالي", "حرس المنشآت النفطية", "إدريس الفرجاني",
         "الإيطالية", "الملك إدريس السنوسي", "شركة الواحة للنفط", "البرق الخاطف"],
 "ya2": ["الوفد", "طارق بن زياد", "الجيش الوطني الليبي", "شركة الزويتينة للنفط", "الروسية", "فرج المغربي",
         "شركة سرت لإنتاج وتصنيع النفط والغاز", "المصريين", "المصرية"],
 "ya3": ["كوين مالطا", "الأنباء", "التركية", "قوة حماية طرابلس", "المنطقة العسكرية الوسطى", "الكويتية", "الزاوية"],
 "ya4": ["اللبنانية", "حرس المنشآت", "الأيام", "الناقلة «الكفرة»", "شركة راس لانوف لتصنيع النفط والغاز",
         "الفيلق الإفريقي", "الروسي", "إدريس العبيدي", "مالي", "الإماراتي"],
 "ya5": ["عُمان", "الجيش الوطني الليبي", "الناقلة «المرج»", "منطقة طبرق العسكرية", "مفتاح الطبرقي",
         "شركة الخليج العربي للنفط", "مصري"],
}

PHEN = {
 "ya1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "ya2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "ya3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "ya4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "ya5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"
MOVES = {
 "ya1": [
  mv("reinforce", "reported", LNA, ["قاعدة القرضابية الجوية"], ["ميناء السدرة"], ["النوفلية", "بن جواد"]),
  mv("redeploy", "planned", LNA, ["رأس لانوف"], ["ميناء السدرة"]),
  mv("withdraw", "denied", LNA, ["مطار راس لانوف"]),
  mv("advance", "conditional", "Misrata forces", ["أبوقرين"], ["بويرات الحسون"]),
 ],
 "ya2": [
  mv("deploy", "reported", LNA, ["بنغازي"], ["ميناء الزويتينة"], ["قمينس"]),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء البريقة"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار البريقة"]),
  mv("shipment", "denied", "Russian forces", ["طرطوس"], ["ميناء الزويتينة"]),
  mv("withdraw", "conditional", LNA, ["الزويتينة"], ["بنغازي"]),
 ],
 "ya3": [
  mv("deploy", "reported", "GNA forces", ["ميناء مصراتة"], ["خليج سرت"]),
  mv("airlift", "reported", LNA, ["قاعدة الخادم"], ["مطار راس لانوف"]),
  mv("shipment", "planned", "Turkish armed forces", ["مرسين"], ["ميناء مصراتة"]),
  mv("mobilise", "denied", "GNA forces", [], ["الوشكة"]),
  mv("advance", "conditional", "GNA forces", ["أبوقرين"], ["سرت"]),
 ],
 "ya4": [
  mv("redeploy", "reported", LNA, ["ميناء السدرة"], ["العقيلة"], ["راس لانوف"]),
  mv("naval_landing", "planned", LNA, ["قاعدة طبرق البحرية"], ["ميناء الزويتينة"]),
  mv("reinforce", "conditional", LNA, ["اجدابيا"], ["ميناء البريقة"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["مطار راس لانوف"]),
 ],
 "ya5": [
  mv("reinforce", "reported", LNA, ["بنغازي"], ["ميناء الحريقة"], ["البيضاء", "درنة"]),
  mv("deploy", "reported", LNA, ["قاعدة طبرق البحرية"], ["مرسى الحريقة"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("mobilise", "denied", LNA, [], ["امساعد"]),
  mv("reinforce", "conditional", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
 ],
}

NOTES = {
 "ya1": "Es Sider closed by local protesters: an LNA column Gardabiya air base→Es Sider via Nofaliya and Bin Jawad (Sirte "
        "only locates the base); a planned PFG company Ras Lanuf (town)→Es Sider; a denied PFG pull-out from Ras Lanuf "
        "airport; Misrata brigades' conditional advance Abu Qurayn→Buwairat al-Hassoun ('west of Sirte' is the "
        "condition, Misrata only the affiliation). The tanker «Ubari» (trap) waiting in the Gulf of Sirte for Italy is "
        "civilian; London is the dateline, Tripoli the NOC's seat; King Idris and Col. Idris al-Furjani are traps.",
 "ya2": "Zueitina and Brega: LNA Tariq bin Ziyad units deploy Benghazi→Zueitina port via Qaminis; navy boats land 60 "
        "marines at Brega port from Benghazi port; a planned Antonov company Benina air base→Brega airport; a denied "
        "Russian navy arms shipment Tartus→Zueitina port; the battalion's conditional withdrawal Zueitina→its Benghazi "
        "barracks. Egyptian workers returning via the Emsaed crossing are civilians; Ajdabiya is the dateline and a "
        "distance reference; Zueitina Oil Co. and Sirte Oil Co. are traps.",
 "ya3": "GNA navy boats Misrata port→Gulf of Sirte to watch a tanker at Es Sider (Es Sider is the tanker's place, not "
        "the boats'); two LNA Ilyushins Al-Khadim base→Ras Lanuf airport ('east of Benghazi' locates the base); a "
        "planned Turkish navy equipment shipment Mersin→Misrata port (Turkey only the treaty partner); a denied "
        "massing of the Tripoli Protection Force (trap) in Al-Washka ('west of Sirte' a locator); a conditional GNA "
        "advance Abu Qurayn→Sirte. Kuwait City (speaker) and Kuwait (statement) are not movement places.",
 "ya4": "Tankers beside force moves: the tanker «Kufra» (trap) Ras Lanuf port→Tripoli port in northern Lebanon and a "
        "second tanker for Rades/Tunisia are civilian; a PFG (LNA) transfer Es Sider→El Agheila via Ras Lanuf (Ajdabiya "
        "there only the fuel trucks' destination); a planned marine landing Tobruk naval base→Zueitina port; a "
        "conditional PFG reinforcement Ajdabiya→Brega port; a denied Russian Africa Corps airlift Jufra air base→Ras "
        "Lanuf airport. Libyan Tripoli is the NOC's seat.",
 "ya5": "Marsa al-Hariga closed by protesters: LNA reinforcements Benghazi→Hariga port via Al Bayda and Derna; patrol "
        "boats from Tobruk naval base deployed off Marsa al-Hariga; a planned special-forces airlift Benina→Gamal Abdel "
        "Nasser air base ('south of Tobruk' locates it); a denied massing in Emsaed ('140 km east of Tobruk' a distance "
        "reference); an Egyptian conditional reinforcement Marsa Matruh→Sallum (the border with Libya is the condition; "
        "Cairo the speaker's city, the Sallum land port only trucks). Sarir and Messla fields are only production sources.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ya1", "ya2", "ya3", "ya4", "ya5")
