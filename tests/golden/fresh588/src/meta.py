# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "liberia": ("country", "LR", 6.45514, -9.68410, "Liberia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega oil port"),       # G* (town row البريقة)
 "zueitina": ("town", "LY", 30.95220, 20.12022, "Az Zuwaytinah"),                       # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 # vr1 Sharara and the south-west (Al-Quds Al-Arabi)
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # vr2 Zueitina (Al-Liwaa)
 "zueitina_port": ("oilfield", "LY", 30.860, 20.070, "Zueitina oil terminal"),          # K
 "zueitina_mun": ("district", "LY", 30.95220, 20.12022, "Zueitina municipality"),       # G* (town row)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "bizerte": ("city", "TN", 37.27442, 9.87391, "Bizerte"),                              # G
 "qaminis": ("town", "LY", 31.65760, 20.01697, "Qaminis"),                              # G
 # vr3 Ras Lanuf and Es Sider (France 24)
 "raslanuf": ("town", "LY", 30.50000, 18.52720, "Ras Lanuf"),                           # G* (row راس لانوف, kind oilfield)
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),        # G* (row راس لانوف)
 "raslanuf_ref": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf refinery"),          # G* (row راس لانوف)
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "raslanuf_airport": ("airport", "LY", 30.50000, 18.52720, "Ras Lanuf Oil Airport"),    # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 # vr4 Brega (Al-Madina)
 "agheila": ("town", "LY", 30.25583, 19.19944, "El Agheila"),                           # G
 "zelten": ("oilfield", "LY", 28.58710, 19.30340, "Zelten oil field"),                  # G
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                # G
 "marada": ("town", "LY", 29.22054, 19.20454, "Maradah"),                               # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "emsaed_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "border_eg": ("region", "LY", 31.40, 24.95, "Libya-Egypt border (Libyan side, coast)"),  # K
 "brega_mun": ("district", "LY", 30.40624, 19.57386, "Brega municipality"),             # G* (town row)
 "riyadh": ("city", "SA", 24.68773, 46.72185, "Riyadh"),                                # G
 "east_ly": ("region", "LY", 30.50, 21.50, "Eastern Libya"),                            # K
 # vr5 the western pipeline, Mellitah and the Tunisian border (Oman daily)
 "rayayinah": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                       # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "jabal": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),      # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratah"),                            # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine governorate"),       # G* (district row تطاوين)
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "border_tn_side": ("region", "TN", 32.10, 10.55, "Tunisia-Libya border (Tunisian side)"),  # K
 "murzuq_basin": ("region", "LY", 25.50, 12.00, "Murzuq Basin"),                        # K
}

TRAPS = {
 "vr1": ["حراك فزان", "طارق بن زياد", "القدس العربي", "القوة القاهرة", "الجيش الوطني الليبي", "إدريس المرزوقي",
         "التشادية"],
 "vr2": ["اللواء", "شركة الزويتينة للنفط", "سامي الطرابلسي", "بوابة الوسط", "الجيش الوطني الليبي", "فرع الوسطى",
         "اللبنانيين", "الليبية", "السودانيين"],
 "vr3": ["فرانس 24", "إدريس", "شركة الواحات للنفط", "الفرنسية", "الفيلق الأفريقي", "الروسي", "الجيش الوطني", "سوريين"],
 "vr4": ["المدينة", "سرت للنفط", "المغاربة", "الجيش الوطني الليبي", "الجيش المصري", "مصري", "المصرية", "الليبية",
         "عقيلة صالح"],
 "vr5": ["عُمان", "شركة مليتة للنفط والغاز", "الجيش الوطني الليبي", "الإيطالية", "التونسية", "تونسياً"],
}

PHEN = {
 "vr1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
 "vr2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "ambiguity_country_capital", "town_vs_district", "coverage_oil", "coverage_neighbours",
         "countries"],
 "vr3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "vr4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "vr5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital", "vague_area",
         "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "vr1": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["أوباري"], ["جرمة"]),
  mv("shipment", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["أوباري"]),
  mv("redeploy", "planned", "Libyan National Army", ["أوباري"], ["الشرارة"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة تمنهنت"], ["حقل الفيل"]),
  mv("deploy", "denied", "Chadian armed groups", ["القطرون"], ["الشرارة"]),
 ],
 "vr2": [
  mv("deploy", "reported", "Libyan National Army", ["بنغازي"], ["ميناء الزويتينة"], ["قمينس"]),
  mv("naval_landing", "planned", "Libyan National Army", ["ميناء البريقة"], ["ميناء الزويتينة"]),
  mv("advance", "conditional", "Libyan National Army", [], ["الزويتينة"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["اجدابيا"]),
 ],
 "vr3": [
  mv("reinforce", "reported", "Libyan National Army", ["البريقة"], ["ميناء السدرة"], ["راس لانوف"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار راس لانوف"]),
  mv("deploy", "conditional", "Russian forces", ["قاعدة الجفرة الجوية"], ["الهلال النفطي"]),
  mv("redeploy", "denied", "Syrian mercenaries", ["سرت"], ["بن جواد"]),
 ],
 "vr4": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["البريقة"], ["زلة", "مرادة"]),
  mv("shipment", "reported", "Libyan National Army", ["اجدابيا"], ["البريقة"]),
  mv("naval_landing", "planned", "Libyan National Army", ["قاعدة طبرق البحرية"], ["ميناء البريقة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["البريقة"], ["اجدابيا"]),
  mv("mobilise", "denied", "Egyptian army", [], ["منفذ امساعد"]),
  mv("advance", "denied", "Egyptian army", ["منفذ امساعد"], ["البريقة"]),
 ],
 "vr5": [
  mv("deploy", "reported", "Zintan forces", ["الزنتان"], ["الرياينة"]),
  mv("redeploy", "planned", "GNA forces", ["طرابلس"], ["مجمع مليتة"], ["صبراتة"]),
  mv("withdraw", "denied", "Libyan National Army", ["حقل الفيل"], ["أوباري"]),
  mv("reinforce", "conditional", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
 ],
}

NOTES = {
 "vr1": "Sharara shut by protesters from Ubari (not a force; NOC's airlift of 140 workers to Mitiga is civilian): an "
        "LNA Tariq bin Ziyad column Sabha→Ubari via Germa, its fuel-and-ammunition trucks Brak air base→Ubari, a planned "
        "two-company move Ubari→Sharara, a conditional airlift Tamanhint→the El Feel airstrip, and the protesters' denial "
        "of Chadian gunmen arriving at Sharara from Al Qatrun. Tripoli (dateline, rival government), Benghazi, the Zawiya "
        "refinery, Fezzan and the south-west are not movement places; 'القوة القاهرة' is force majeure, not Cairo.",
 "vr2": "Tribal sit-in at Zueitina port: LNA Battalion 302 Benghazi→Zueitina port via Qaminis, a planned PFG (central "
        "branch, under the LNA command) company by sea from Brega port to join it at Zueitina port, a conditional entry "
        "into Zueitina town, and a denied massing of Sudanese fighters in Ajdabiya. Beirut (dateline, ministry), Tripoli "
        "of Lebanon (the engineer's home town), Tripoli of Libya (NOC), the Liberian flag and Lebanon are not movement "
        "places; the waiting tanker and the protesters are not forces.",
 "vr3": "Oil workers' strike at Ras Lanuf and Es Sider (workers are not forces): LNA Brigade 106 Brega→Es Sider port via "
        "Ras Lanuf, a planned military-police airlift Benina→Ras Lanuf airport, Russian Africa Corps elements at Jufra "
        "air base that could be pushed into the Oil Crescent (conditional), and a denied transfer of Syrian fighters "
        "Sirte→Bin Jawad. Ras Lanuf as dateline, Moscow, and the closing list of ports are not movement places.",
 "vr4": "Magharba tribe blockade of Brega port and a Sirte Oil Company strike: an LNA column Jufra air base→Brega via "
        "Zillah and Marada, ammunition trucks Ajdabiya→Brega (they 'joined it', i.e. at Brega), a planned landing "
        "Tobruk naval base→Brega port, a conditional pull-back Brega→Ajdabiya, and a denied Egyptian massing at the "
        "Amsaad crossing 'to head for Brega' (two denied moves). Workers leaving for Ajdabiya, El Agheila (protest "
        "roadblock), Zelten field, Benghazi (dateline, detainee), Cairo (speaker), Riyadh and eastern Libya are not "
        "movement places.",
 "vr5": "Protesters (ex-PFG members) shut the Riyayna valve: a Zintan force Zintan→Riyayna, a planned GNA company "
        "Tripoli→Mellitah complex via Sabratha, the LNA's denied pull-out of El Feel guards to Ubari, and a conditional "
        "Tunisian reinforcement Tataouine→Dehiba (the border with Libya only the condition). Tunis is the dateline, "
        "Tunisia the workers' destination (civilian, via the Wazin crossing); Sharara, Zawiya refinery, the Western "
        "Mountain and the Murzuq basin are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("vr1", "vr2", "vr3", "vr4", "vr5")
