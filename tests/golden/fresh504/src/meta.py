# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # capitals and big cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G* (row الجزائر, city)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G* (row تونس, city)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 # sl1 Fezzan (Ubari, Sharara)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),              # G* (row الحدود الليبية الجزائرية)
 # sl2 Sirte
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_port": ("crossing", "LY", 31.21500, 16.57500, "Port of Sirte"),                 # K
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf port"),             # G* (row راس لانوف)
 "raslanuf": ("town", "LY", 30.50000, 18.52720, "Ras Lanuf"),                           # G* (row راس لانوف, as town)
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 # sl3 Kufra and the south-east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "border_lysd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),             # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "matan": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),     # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.95000, 24.75000, "Jebel Uweinat"),                      # K
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),               # G* (row الحدود الليبية السودانية)
 "east_oweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                    # G* (airport row مطار شرق العوينات)
 # sl4 Bani Walid and Tarhuna
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "bw_mun": ("district", "LY", 31.74554, 13.98354, "Bani Walid municipality"),           # G* (town row)
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                        # G
 "jufra": ("district", "LY", 29.11667, 15.93333, "Al Jufra"),                           # K (point near Hun, README rule)
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 # sl5 the Tunisian border
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine governorate"),        # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Port of Zuwara"),               # K (value given in fresh51's README)
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "border_tnside": ("region", "TN", 32.40000, 11.00000, "Tunisia-Libya border (Tunisian side)"),  # K
}

TRAPS = {
 "sl1": ["فرانس 24", "الجيش الوطني الليبي", "الشرارة الأولى", "إبراهيم الغاتي", "ادري", "الليبية"],
 "sl2": ["يورونيوز", "قناة مصراتة", "الساعات الخمس", "علي الطرابلسي", "الهلال الأحمر الليبي"],
 "sl3": ["القاهرة الإخبارية", "الدعم السريع", "كتيبة سبل السلام", "ادري", "سوداني", "مصري"],
 "sl4": ["صدى البلد", "منطقة طرابلس العسكرية", "سالم الغرياني", "ورفلة"],
 "sl5": ["جوهرة أف أم", "سنية القابسي", "اتحاد بن قردان", "وكالة تونس إفريقيا للأنباء", "الليبي"],
}

PHEN = {
 "sl1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "sl2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil"],
 "sl3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "sl4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli",
         "town_vs_district"],
 "sl5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, MIS = "Libyan National Army", "GNA forces", "Misrata forces"
MOVES = {
 "sl1": [
  # 08:15 «من براك» corrected at 09:30 to Sabha via Al-Ghurayfa; «يدخل المدينة … لتعزيز الكتيبة المتمركزة فيها» = Ubari
  mv("reinforce", "reported", LNA, ["سبها"], ["اوباري"], ["الغريفة"]),
  mv("redeploy", "reported", LNA, ["إدري"], ["حقل الشرارة"]),
  # 12:05 claim, 13:20 denial «لم ينسحب أحد»; «محيط الحقل» = حقل الشرارة
  mv("withdraw", "denied", None, ["حقل الشرارة"], ["العوينات"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت الجوية"]),
  mv("advance", "conditional", LNA, ["أوباري"], ["العوينات", "غات"]),
 ],
 "sl2": [
  # 07:10 «ميناء راس لانوف» corrected at 08:45 to Sirte port
  mv("naval_landing", "reported", LNA, ["بنغازي"], ["ميناء سرت"]),
  mv("mobilise", "reported", MIS, [], ["ابوقرين"]),
  # 11:30 report, 12:50 denial
  mv("advance", "denied", MIS, ["ابوقرين"], ["الوشكة"]),
  mv("shipment", "planned", LNA, ["بنغازي"], ["سرت"]),
  mv("reinforce", "conditional", LNA, ["قاعدة الجفرة الجوية"], ["سرت"], ["ودان"]),
 ],
 "sl3": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["المالحة"]),
  # 11:40 witnesses, 12:50 «لا صحة»
  mv("advance", "denied", "Sudanese armed groups", [], ["قاعدة معطن السارة"], ["المثلث الحدودي"]),
  mv("redeploy", "planned", LNA, ["الكفرة"], ["جبل العوينات"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["شرق العوينات"]),
 ],
 "sl4": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["ترهونة"], ["قصر بن غشير"]),
  mv("mobilise", "reported", None, [], ["بني وليد"]),
  # 10:30 social-media claim, 11:45 denial «أخبار مفبركة»
  mv("shipment", "denied", LNA, ["الجفرة"], ["بنى وليد"], ["الشويرف"]),
  mv("deploy", "planned", MIS, ["مصراتة"], ["بني وليد"], ["زليتن"]),
  mv("advance", "conditional", GNA, ["ترهونة"], ["بني وليد"]),
 ],
 "sl5": [
  # «وتمركز جزء منها قرب المعبر» = the Ras Ajdir crossing of the headline (second destination of the same move)
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بنقردان", "معبر رأس جدير"], ["مدنين"]),
  mv("naval_landing", "reported", GNA, ["طرابلس"], ["ميناء زوارة"]),
  # 12:25 Libyan sites, 13:40 GNU Interior denial
  mv("deploy", "denied", GNA, ["زوارة"], ["معبر راس جدير"]),
  mv("deploy", "planned", "Tunisian army", ["تطاوين"], ["الحدود مع ليبيا"]),
  # «الوحدات المتمركزة قرب المعبر … لن تنسحب إلى بن قردان إلا إذا»
  mv("withdraw", "conditional", "Tunisian army", ["معبر رأس جدير"], ["بن قردان"]),
 ],
}

NOTES = {
 "sl1": "France 24 Arabic live page on Ubari and the Sharara field: an LNA reinforcement whose origin is corrected "
        "(Brak -> Sabha via Al-Ghurayfa), a company redeployed Idri -> Sharara, a Tuareg pull-out from the field told by "
        "local pages and then denied, a planned Benina -> Tamanhint airlift and a conditional advance on Al-Awaynat/Ghat; "
        "Algiers vs Algeria, Isayen crossing on the border with Algeria (no movement), traps «الشرارة الأولى», «ادري», "
        "«إبراهيم الغاتي».",
 "sl2": "Euronews Arabic live blog on Sirte: an LNA naval landing whose port is corrected (Ras Lanuf port -> Sirte port), "
        "a Misrata build-up at Abu Qurayn (spelled أبو قرين / ابوقرين), an advance on Al-Washka reported then denied by "
        "Misrata (مصراته), a planned fuel/ammunition convoy Benghazi -> Sirte and a conditional reinforcement Jufra air "
        "base -> Sirte via Waddan; the Oil Crescent only in the condition; traps «قناة مصراتة», «الساعات الخمس», "
        "«علي الطرابلسي», «الهلال الأحمر الليبي»; a civilian evacuation is not a movement.",
 "sl3": "Al-Qahera News minute-by-minute page on Kufra and the Libya-Sudan border: an LNA airlift Benina -> Kufra airport "
        "(later a corrected plane count, not a new move), RSF massing in Al Malha, a witnessed RSF entry near Maaten "
        "al-Sarra via the triangle denied by the LNA, a planned Subul al-Salam redeploy Kufra -> Jebel Uweinat and a "
        "conditional Egyptian reinforcement of East Oweinat; refugees arriving in Kufra are not a movement; «القاهرة "
        "الإخبارية» is a trap while «وفي القاهرة» is Cairo.",
 "sl4": "Sada El Balad live page on Bani Walid: a 444 Brigade column Tripoli -> Tarhuna via Qasr Bin Ghashir (vehicle count "
        "corrected later), a Warfalla «النفير العام» in Bani Walid, a social-media arms shipment Jufra -> Bani Walid via "
        "Ash Shwayrif denied by the LNA, a planned Misrata separation force via Zliten and a conditional advance "
        "Tarhuna -> Bani Walid; protesters' road block and a mediators' delegation are not movements; «منطقة طرابلس "
        "العسكرية» and «سالم الغرياني» are traps.",
 "sl5": "Jawhara FM live follow-up from Ben Gardane: a Tunisian army reinforcement Gabes -> Ben Gardane/Ras Ajdir via "
        "Medenine, a GNU coast-guard landing at Zuwara port from Tripoli, a column Zuwara -> Ras Ajdir reported by Libyan "
        "sites and denied by the GNU Interior ministry, a planned deployment from Tataouine to the border with Libya and a "
        "conditional pull-back to Ben Gardane; «والي مدنين» is the governorate, «العاصمة تونس» the city and «بين تونس "
        "وليبيا» the countries; traps «اتحاد بن قردان», «سنية القابسي», «وكالة تونس إفريقيا للأنباء».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("sl1", "sl2", "sl3", "sl4", "sl5")
