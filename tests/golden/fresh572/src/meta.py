# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjila"),                                # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 # vb1 the Fezzan (Asharq Al-Awsat)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G (written ودّان)
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (row هون: README point near Hun/Waddan)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "zuwila": ("town", "LY", 26.16188, 15.12522, "Zuwila"),                                # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # vb2 the western coast and the Tunisian border (Al-Quds Al-Arabi)
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajoura"),                              # G
 "regdalin": ("town", "LY", 32.88718, 11.98729, "Regdalin"),                            # G* (row سيدي بن زينة, which lists رقدالين)
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "birghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                      # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "tripoli_port": ("crossing", "LY", 32.902, 13.176, "Port of Tripoli"),                 # K
 "zuwara_port": ("crossing", "LY", 32.935, 12.090, "Port of Zuwara"),                   # K
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # vb3 the oil crescent (France 24 / AFP)
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G (row ميناء السدرة; bare السدرة G*)
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil terminal"),          # G (row راس لانوف; ميناء راس لانوف G*)
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "zuwaytina": ("town", "LY", 30.95220, 20.12022, "Zuwaytina"),                          # G
 "agheila": ("town", "LY", 30.25583, 19.19944, "El Agheila"),                           # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "nofaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                            # G
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 # vb4 Kufra, the Uweinat triangle and Egypt's New Valley (Al-Wafd)
 "uweinat_triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "buzayma": ("village", "LY", 25.00000, 22.00000, "Buzayma"),                           # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "asyut": ("city", "EG", 27.18096, 31.18368, "Asyut"),                                  # G
 "kharga": ("town", "EG", 25.45101, 30.54653, "Kharga"),                                # G
 "baris": ("town", "EG", 24.668, 30.600, "Baris (New Valley)"),                         # K
 "newvalley": ("district", "EG", 24.79939, 28.92955, "New Valley Governorate"),         # G
 "eastowainat": ("town", "EG", 22.58570, 28.71660, "East Owainat"),                     # G* (row مطار شرق العوينات)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 # vb5 the Nafusa mountains (Al-Jarida)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "westmountain": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                             # G
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                    # G
 "rayayna": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                         # G
 "kikla": ("town", "LY", 32.08333, 12.70000, "Kikla"),                                  # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "kabaw": ("town", "LY", 31.84724, 11.33055, "Kabaw"),                                  # G
 "hawamid": ("town", "LY", 31.97528, 11.16222, "Al Hawamid"),                           # G
 "tiji": ("town", "LY", 32.01493, 11.35461, "Tiji"),                                    # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                             # G
 "mizdah": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                # G
}

TRAPS = {
 "vb1": ["الشرق الأوسط", "الجيش الوطني", "السنوات الخمس", "إدريس الفيتوري", "درع فزان", "الليبي"],
 "vb2": ["القدس العربي", "رد الجميل", "التونسية", "مقاتل سوري", "ليبية", "اللبنانية"],
 "vb3": ["فرانس 24", "فرانس برس", "الجيش الوطني الليبي", "خليفة حفتر", "فاغنر", "الروسية", "دعم مالي"],
 "vb4": ["الوفد", "سبل السلام", "الجيش الوطني الليبي", "عبد الله السوداني", "الجيش المصري", "قوات الدعم السريع",
         "السودانية", "الليبية"],
 "vb5": ["الجريدة", "قوة فض النزاع", "حسن الطرابلسي", "عبد السلام اليفرني", "إدريس الطاهر", "الزنتانية"],
}

PHEN = {
 "vb1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_neighbours", "countries"],
 "vb2": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "vb3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "vb4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "vb5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "vb1": [
  mv("deploy", "reported", "Libyan National Army", ["بنغازي", "ودّان", "قاعدة تمنهنت الجوية"],
     ["سبها", "أوباري", "مرزق", "غات", "القطرون", "إدري"]),
  mv("redeploy", "planned", "Libyan National Army", ["سبها"], ["أم الأرانب", "القطرون", "تجرهي"]),
  mv("reinforce", "conditional", "Libyan National Army", ["أوباري", "الغريفة"], ["حقل الشرارة", "حقل الفيل"]),
  mv("mobilise", "denied", "GNA forces", [], ["مصراتة", "زليتن", "الخمس", "أبوقرين"]),
 ],
 "vb2": [
  mv("deploy", "reported", "GNA forces", ["طرابلس", "جنزور", "تاجوراء"],
     ["الزاوية", "صرمان", "صبراتة", "العجيلات", "الجميل", "زوارة"]),
  mv("redeploy", "planned", "GNA forces", ["قاعدة الوطية"], ["زلطن", "منفذ رأس جدير", "الحدود مع تونس"]),
  mv("reinforce", "conditional", "Tunisian army", ["قابس", "تطاوين"], ["بن قردان", "الذهيبة"]),
  mv("naval_landing", "denied", "Syrian mercenaries", ["تركيا"], ["ميناء طرابلس", "ميناء زوارة"]),
 ],
 "vb3": [
  mv("deploy", "reported", "Libyan National Army", ["بنغازي", "المرج", "اجدابيا"],
     ["السدرة", "راس لانوف", "البريقة", "الزويتينة", "العقيلة"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء السدرة", "ميناء راس لانوف"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["جالو", "أوجلة", "الكفرة"]),
  mv("advance", "conditional", "Misrata forces", ["أبوقرين", "الوشكة", "بويرات الحسون"], ["سرت"]),
  mv("withdraw", "denied", "Wagner Group", ["قاعدة الجفرة الجوية", "قاعدة القرضابية"], ["مالي"]),
 ],
 "vb4": [
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"],
     ["تازربو", "ربيانة", "بزيمة", "مثلث العوينات", "الحدود مع السودان"]),
  mv("shipment", "reported", "Libyan National Army", ["اجدابيا"], ["الكفرة"], ["جالو"]),
  mv("redeploy", "planned", "Egyptian army", ["أسيوط"], ["الخارجة", "باريس", "شرق العوينات"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة الخادم"], ["مطار الكفرة"]),
  mv("advance", "denied", "Sudanese armed groups", ["مليط", "المالحة"], ["مثلث العوينات", "الكفرة"]),
 ],
 "vb5": [
  mv("deploy", "reported", "Zintan forces", ["الزنتان", "الرجبان"], ["يفرن", "جادو", "الرياينة", "ككلة"]),
  mv("shipment", "reported", "Zintan forces", ["الزنتان"], ["يفرن", "ككلة"], ["الرياينة"]),
  mv("deploy", "planned", "GNA forces", ["العزيزية", "غريان"], ["ككلة", "الأصابعة", "يفرن"]),
  mv("withdraw", "conditional", "Zintan forces", ["يفرن", "ككلة"], ["الزنتان"]),
  mv("mobilise", "denied", "GNA forces", [], ["غريان", "مزدة"]),
 ],
}

NOTES = {
 "vb1": "Lists: an LNA deployment from three origins (Benghazi, Waddan 'in al-Jufra', Tamanhint air base) to six "
        "southern towns (Sabha, Ubari, Murzuq, Ghat, Qatrun, Idri); elders of Brak, Traghen and Zuwila who met in "
        "Sabha and the mayor of Murzuq municipality who welcomed the units are not movement places; two planned "
        "companies Sabha -> Umm al-Aranib and Qatrun, 'then on to' Tajarhi (the Niger border only locates Tajarhi); "
        "a conditional move Ubari/Al-Ghurayfa -> the Sharara and El Feel fields; the GNA denies massing in Misrata, "
        "Zliten, Al-Khums and Abu Qurayn (Sirte only a distance reference; Tripoli the seat of the denier).",
 "vb2": "Lists: a GNA deployment Tripoli/Janzour/Tajoura -> six coastal towns (Zawiya, Surman, Sabratha, Al-Ajaylat, "
        "Al-Jumayl, Zuwara), retold split across a clause ('reached X and Y, then went on to Z and W') without a new "
        "movement; municipalities that welcomed (Regdalin, Al-Maya, Bir al-Ghanam) and Abu Kammash's reserved elders "
        "are not movement places; a planned battalion Al-Watiya -> Zaltan and Ras Ajdir, then along the Tunisian "
        "border; Tunisia's conditional reinforcement Gabes/Tataouine -> Ben Gardane and Dehiba (Tunis the speaker); "
        "a denied sea landing of Syrian fighters from Turkey at Tripoli and Zuwara ports; a civilian diesel tanker "
        "Tripoli -> Tripoli (Lebanon) is not a movement.",
 "vb3": "Lists: an LNA deployment Benghazi/Al-Marj/Ajdabiya -> five oil-crescent towns and terminals (Es Sider, Ras "
        "Lanuf, Brega, Zuwaytina, El Agheila); marines landed at Es Sider and Ras Lanuf ports from Benghazi port; "
        "elders of Bin Jawad, Nofaliya and Harawa only welcomed; a planned airlift Benina -> Jalu, Awjila and Kufra; "
        "Misrata brigades' conditional advance from three positions (Abu Qurayn, Al-Washka, Buwairat al-Hassoun) to "
        "Sirte (Misrata = speaker's city); a denied Wagner pull-out from Al-Jufra and Gardabya bases to Mali.",
 "vb4": "Lists: Subul al-Salam (LNA) deploys from Kufra to Tazirbu, Rebiana and Buzayma, 'then' to the Uweinat "
        "triangle and the border with Sudan; a fuel/ammunition convoy Ajdabiya -> Kufra via Jalu; elders of Kufra, "
        "Awjila and Jaghbub only praised the move; Egypt's planned transfer Asyut -> Kharga and Baris (New Valley "
        "only locates Baris), then East Owainat (Kufra a distance reference); a conditional airlift Al-Khadim -> "
        "Kufra airport (Benghazi a distance reference); the RSF deny columns from Mellit and Al-Malha (North Darfur a "
        "locator) towards the triangle and Kufra.",
 "vb5": "Lists: Zintan's military council sends units from Zintan and Al-Rujban to Yafran, Jadu, Al-Rayayna and "
        "Kikla, and supply trucks Zintan -> Yafran and Kikla via Al-Rayayna; elders of Kabaw, Al-Hawamid and Tiji "
        "meeting in Nalut are not movement places; a planned GNA buffer force Al-Aziziyah/Gharyan -> Kikla and "
        "Al-Asabaa, then Yafran; Zintan's conditional withdrawal Yafran/Kikla -> Zintan (بمجرد); the GNA denies "
        "massing in Gharyan and Mizdah. Tunis is only the dateline; Tripoli only the seat of the chief of staff.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("vb1", "vb2", "vb3", "vb4", "vb5")
