# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 # shared Libyan places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra (area)"),                    # G* (Hun town row)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 # wm1 Sirte and Gardabiya (Al-Quds Al-Arabi)
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 "raslanuf": ("town", "LY", 30.50000, 18.52720, "Ras Lanuf"),                           # G* (row راس لانوف, kind oilfield)
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 # wm2 Al-Jufra and the Russians (Al-Anba)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "tobruk_port": ("crossing", "LY", 32.073, 23.985, "Port of Tobruk"),                   # K
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya"),                      # G* (row إقليم طرابلس)
 "jufra_dist": ("district", "LY", 29.12684, 15.94772, "Al Jufra district"),             # G* (Hun town row)
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "waddan_mun": ("district", "LY", 29.16140, 16.13904, "Waddan municipality"),           # G* (town row)
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                # G
 # wm3 Syrian fighters, Turkey and the two Tripolis (Al-Liwaa)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                 # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "gaziantep_airport": ("airport", "TR", 36.94720, 37.47870, "Gaziantep Airport"),       # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 # wm4 Sudanese and Chadian fighters (Akhbar Al Khaleej)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (row خرطوم)
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "misrata_port": ("crossing", "LY", 32.357, 15.215, "Port of Misrata (Qasr Ahmed)"),    # K
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 # wm5 the Geneva briefing (Oman)
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                # G
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                       # G
}

TRAPS = {
 "wm1": ["القدس العربي", "أجنحة الشام", "مصطفى السرتي", "غرفة عمليات تأمين وحماية سرت والجفرة", "الجيش الوطني الليبي",
         "المصراتية", "السوريين"],
 "wm2": ["الأنباء", "سبوتنيك", "زلة لسان", "إدريس الفيتوري", "الجيش الوطني الليبي", "السورية", "حراسة ليبية"],
 "wm3": ["اللواء", "فرقة السلطان مراد", "أبو محمد الحمصي", "المرصد السوري لحقوق الإنسان", "التركية", "التركي"],
 "wm4": ["أخبار الخليج", "دارفورية", "محمد إدريس ديبي", "كتيبة ثوار طرابلس", "الجيش الوطني الليبي", "الرئيس التشادي",
         "الأراضي الليبية", "التشاديين", "المجموعات التشادية", "وفد المنطقة الغربية"],
 "wm5": ["عُمان", "الفيلق الأفريقي", "الدعم المالي", "الجيش الوطني الليبي", "المصراتية", "الروسية"],
}

PHEN = {
 "wm1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "town_vs_district", "coverage_bases", "coverage_oil"],
 "wm2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings"],
 "wm3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "wm4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "wm5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "wm1": [
  mv("airlift", "reported", "Syrian mercenaries", ["قاعدة القرضابية الجوية"], ["دمشق"]),
  mv("mobilise", "reported", "Syrian mercenaries", [], ["القرضابية"]),
  mv("withdraw", "planned", "Wagner Group", ["سرت"], ["الجفرة"]),
  mv("withdraw", "conditional", "Misrata forces", ["الوشكة"], ["أبو قرين"]),
  mv("reinforce", "denied", "Libyan National Army", ["راس لانوف"], ["بن جواد"]),
 ],
 "wm2": [
  mv("airlift", "reported", "Wagner Group", ["قاعدة الجفرة الجوية"], ["قاعدة الخادم"]),
  mv("naval_landing", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("redeploy", "planned", "Libyan National Army", ["هون"], ["قاعدة الجفرة"]),
  mv("withdraw", "conditional", "Wagner Group", ["الجفرة"]),
  mv("deploy", "denied", "Wagner Group", [], ["ميناء السدرة"]),
 ],
 "wm3": [
  mv("airlift", "reported", "Syrian mercenaries", ["مطار معيتيقة"], ["مطار غازي عنتاب"]),
  mv("mobilise", "reported", "Syrian mercenaries", [], ["طرابلس"]),
  mv("airlift", "planned", "Syrian mercenaries", ["الجفرة"], ["دمشق"], ["مطار بنينا"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["قاعدة الوطية", "مصراتة"]),
  mv("shipment", "denied", None, ["مرفأ طرابلس"], ["ميناء بنغازي"]),
 ],
 "wm4": [
  mv("withdraw", "reported", "Sudanese armed groups", ["سوكنة"], ["الحدود مع السودان"], ["الكفرة"]),
  mv("withdraw", "planned", "Chadian armed groups", ["أم الأرانب", "تمسة"], ["تشاد"], ["القطرون"]),
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["أم الأرانب"]),
  mv("withdraw", "conditional", "Libyan National Army", ["سرت"]),
  mv("naval_landing", "denied", "Turkish armed forces", ["مرسين"], ["ميناء مصراتة"]),
  mv("advance", "denied", "GNA forces", ["أبوقرين"], ["الوشكة"]),
 ],
 "wm5": [
  mv("redeploy", "reported", "Misrata forces", ["أبوقرين"], ["مصراته"]),
  mv("deploy", "planned", "GNA forces", [], ["الوشكة"]),
  mv("advance", "conditional", "Misrata forces", [], ["سرت"]),
  mv("shipment", "reported", "Libyan National Army", ["بنغازي"], ["قاعدة الجفرة"], ["زلة"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["مالي"], ["قاعدة الويغ"]),
 ],
}

NOTES = {
 "wm1": "The 5+5 timetable in Sirte: a Cham Wings flight carries 180 Syrian fighters Gardabiya air base→Damascus and "
        "300 more are gathered at Gardabiya (mobilise); Wagner's Sirte→Al-Jufra pull-back, postponed to next month, is "
        "still planned; Misrata brigades will fall back Al-Washka→Abu Qurayn (written أبو قرين) only once monitors work "
        "inside Sirte (Sirte = condition there, dateline and meeting venue elsewhere); the LNA denies reinforcements Ras "
        "Lanuf→Bin Jawad. The Oil Crescent, Es Sider exports, the Sirte municipality and the Misrata–Sirte road are no "
        "movement places; Sirte/Al-Jufra inside the GNA operations-room name and the officer السرتي are traps.",
 "wm2": "Al-Anba from Benghazi: two Il-76s move ~120 Wagner men Al-Jufra air base→Al-Khadim base; a Russian landing "
        "ship from Tartus lands men and armour at Tobruk port; the LNA's 128th battalion is to move Hun→Al-Jufra base "
        "(postponed twice, still planned); Wagner will leave Al-Jufra only if the Turks leave western Libya (the "
        "condition's place is not a movement place; Moscow is the speaker's city); the oil guard denies Wagner deployed "
        "at Es Sider. The district paragraph (Hun, Waddan, Sokna, Zillah, Waddan municipality) and civilian flights to "
        "Tripoli and Benghazi hold no movement.",
 "wm3": "Al-Liwaa from Beirut: 140 pro-Ankara Syrian fighters flown Mitiga airport→Gaziantep airport (Tripoli only "
        "locates Mitiga; the headline's Turkey repeats this move), 400 more gathered at Takbali camp in Tripoli "
        "(mobilise), 250 Syrians with Haftar due to be flown Al-Jufra→Damascus via Benina airport; Turkey will leave "
        "Al-Watiya and Misrata only at the request of the government in Tripoli (condition, not a place of the move); "
        "a Lebanese security source denies an arms ship Tripoli (Lebanon) port→Benghazi port (actor unnamed). Tripoli "
        "(Lebanon) also as the MP's city and in the headline; northern Lebanon only locates the port; Geneva only locates "
        "the ceasefire accord.",
 "wm4": "Akhbar Al Khaleej from Cairo: 200 Darfuri fighters left Sokna via Kufra for the border with Sudan; Chadian "
        "groups in Umm al-Aranib and Tmassah given 60 days to withdraw via Al-Qatrun to Chad (planned); LNA "
        "reinforcements Sabha→Umm al-Aranib; the LNA will leave Sirte only after the last Turkish soldier leaves "
        "(conditional); Turkey denies a marine landing at Misrata port from Mersin; the Tripoli chief of staff denies "
        "an advance Abu Qurayn→Al-Washka. A Khartoum delegation's trip is not a force movement; Cairo is dateline and "
        "venue; Tripoli inside the Tripoli Revolutionaries Brigade name is a trap.",
 "wm5": "Oman daily from Geneva: UNSMIL says two Misratan battalions were repositioned Abu Qurayn→camps in Misrata "
        "(مصراته); the chief of staff in Tripoli plans 150 military police at Al-Washka (postponed twice); a Misrata "
        "commander says the brigades will advance on Sirte if Haftar's forces move west of Bin Jawad (Bin Jawad and "
        "Misrata-the-speaker's-city not movement places there); the UN panel reports 14 LNA ammunition trucks "
        "Benghazi→Al-Jufra base via Zillah; Russia denies flying Africa Corps men Al-Jufra air base→Mali via Al-Wigh "
        "base (the border with Niger only locates Al-Wigh). Bamako, Washington, Moscow, Ankara are speakers/context.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("wm1", "wm2", "wm3", "wm4", "wm5")
