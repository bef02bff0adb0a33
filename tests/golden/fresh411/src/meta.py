# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                # G
 # capitals and other cities
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "bizerte": ("city", "TN", 37.27442, 9.87391, "Bizerte"),                                # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                   # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                     # G
 # Tunisian south
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                           # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),        # G (district row)
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                 # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                 # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba border crossing"),    # G* (row منفذ وازن, country TN)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                             # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                 # G
 "zarzis_port": ("crossing", "TN", 33.50398, 11.11215, "Zarzis port"),                   # K (town point, see README)
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                  # G
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba-Zarzis International Airport"),  # G
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                     # G
 "sidi_ahmed": ("base", "TN", 37.24342, 9.78640, "Bizerte-Sidi Ahmed Air Base"),         # K (public reference search)
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                    # G* (row جنوب تونس)
 "border_tnside": ("region", "TN", 31.90, 10.50, "Tunisia-Libya border (Tunisian side)"),  # K
 # Libyan side of the border, the Nafusa mountains
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),   # G* (row الحدود الليبية التونسية)
 "border_tn_ly": ("region", "LY", 31.59915, 10.45602, "Tunisia-Libya border"),           # G* (row الحدود الليبية التونسية)
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                   # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Wazin border crossing"),      # G (row منفذ وازن)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 "kabaw": ("town", "LY", 31.84724, 11.33055, "Kabaw"),                                   # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                     # G
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "rayayinah": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                        # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                               # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawen"),                               # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                     # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 "jabal_nafusa": ("region", "LY", 31.95, 11.80, "Jabal Nafusa (Western Mountain)"),      # K (gazetteer region row is 200+ km south)
 "west_ly": ("region", "LY", 31.50, 12.50, "Western Libya"),                             # K
 # Zuwara and the west coast
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G* (row منفذ رأس جدير)
 "abu_kammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "farwa": ("region", "LY", 33.10000, 11.73000, "Farwa Island"),                          # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                 # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),            # G* (town row)
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                   # K (GeoNames 2208423, value in fresh51 README)
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                              # G
 "regdalin": ("town", "LY", 32.88718, 11.98729, "Regdalin"),                             # G* (row سيدي بن زينة)
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),     # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                             # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                              # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                 # G
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
}

TRAPS = {
 "ow1": ["موزاييك أف أم", "موزاييك", "عبد الحميد النالوتي", "الجيش الوطني", "الليبي", "تونسية"],
 "ow2": ["وكالة تونس إفريقيا للأنباء", "وات", "سوق ليبيا", "حسن المدنيني", "نهج طرابلس", "منير الإدريسي", "الجيش الوطني", "الليبية"],
 "ow3": ["المتوسط", "المجلس العسكري الزنتان", "مختار الجادوي", "عادل الإدريسي", "طريق الجبل", "درجت العادة", "حضوراً وازناً", "التونسي", "تونسية"],
 "ow4": ["سبوتنيك", "عمران الزواري", "شارع طرابلس", "لا ننسى الجميل", "المجلس العسكري الزنتان", "شركة مليتة للنفط والغاز", "ليبي"],
 "ow5": ["العرب", "نزار القابسي", "القيادة العامة للجيش الوطني الليبي", "التونسية", "الليبي", "تونسي"],
}

PHEN = {
 "ow1": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "town_vs_district", "vague_area",
         "coverage_crossings", "coverage_bases", "coverage_neighbours", "countries"],
 "ow2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "ambiguity_country_capital", "border_phrase", "coverage_crossings", "coverage_bases", "coverage_neighbours",
         "countries"],
 "ow3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "border_phrase", "vague_area", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "ow4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "town_vs_district", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "ow5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "border_phrase", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ow1": [
  mv("reinforce", "reported", "Tunisian army", ["رمادة"], ["معبر الذهيبة"], ["الذهيبة"]),
  mv("shipment", "reported", "Tunisian army", ["قابس"], ["رمادة"]),
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["منفذ وازن"]),
  mv("airlift", "planned", "Tunisian army", ["قاعدة العوينة"], ["رمادة"]),
  mv("reinforce", "conditional", "Tunisian army", ["مدنين"], ["الذهيبة"]),
  mv("advance", "denied", "Tunisian army", [], ["وازن"]),
 ],
 "ow2": [
  mv("deploy", "reported", "Tunisian army", ["مدنين"], ["معبر رأس جدير"], ["بن قردان"]),
  mv("withdraw", "reported", "GNA forces", ["معبر رأس جدير"], ["أبو كماش"]),
  mv("redeploy", "planned", "Tunisian army", ["جرجيس"], ["بن قردان"]),
  mv("naval_landing", "reported", "Tunisian army", ["صفاقس"], ["ميناء جرجيس"]),
  mv("deploy", "conditional", "GNA forces", ["قاعدة الوطية"], ["منفذ رأس اجدير"]),
  mv("withdraw", "denied", "Tunisian army", ["بن قردان"], ["قابس"]),
 ],
 "ow3": [
  mv("deploy", "reported", "Zintan forces", ["الزنتان"], ["منفذ وازن"], ["الرجبان", "جادو", "كاباو"]),
  mv("deploy", "planned", "GNA forces", ["غريان"], ["منفذ وازن"]),
  mv("withdraw", "conditional", "Zintan forces", ["منفذ وازن"], ["الزنتان"]),
  mv("advance", "denied", "Zintan forces", [], ["نالوت"]),
  mv("mobilise", "reported", "Zintan forces", [], ["الرياينة"]),
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
 ],
 "ow4": [
  mv("naval_landing", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("deploy", "planned", "GNA forces", ["ميناء زوارة"], ["جزيرة فروة"]),
  mv("reinforce", "conditional", "GNA forces", ["الزاوية"], ["زوارة"]),
  mv("withdraw", "reported", "GNA forces", ["مجمع مليتة"], ["صبراتة"]),
  mv("mobilise", "denied", "Zintan forces", [], ["الجميل", "رقدالين"]),
 ],
 "ow5": [
  mv("airlift", "reported", "Tunisian army", ["قاعدة سيدي أحمد الجوية"], ["مطار جربة جرجيس"]),
  mv("deploy", "planned", "Tunisian army", [], ["برج الخضراء"]),
  mv("redeploy", "reported", "GNA forces", ["درج", "سيناون"], ["منفذ وازن"], ["نالوت"]),
  mv("shipment", "planned", "GNA forces", ["طرابلس"], ["منفذ وازن"]),
  mv("deploy", "denied", "Libyan National Army", ["سبها"], ["غدامس", "حقل الوفاء"]),
  mv("reinforce", "conditional", "Tunisian army", ["قابس"], ["بن قردان"]),
 ],
}

NOTES = {
 "ow1": "Mosaique FM-style radio report from Tataouine: Tunisian army reinforcement Remada→Dehiba crossing via Dehiba "
        "town, a fuel-and-ammunition convoy Gabes→the Remada barracks, Libyan border guards Nalut→Wazin crossing, a "
        "planned air move of surveillance kit El Aouina→Remada, a conditional Medenine→Dehiba reinforcement («في حال») "
        "and a denied Tunisian entry towards Wazin; Tataouine town (dateline) vs governorate (after والي); the officer "
        "«النالوتي» is a trap.",
 "ow2": "TAP-style wire story from Ben Gardane: Tunisian army Medenine→Ras Ajdir via Ben Gardane, a GNU Interior force "
        "pulls out of the crossing («البوابة الليبية للمعبر») to Abu Kammash, a planned Zarzis→Ben Gardane company, a "
        "navy transport Sfax→Zarzis port with marines, a conditional Al-Watiya→«منفذ رأس اجدير» move («إذا لم») and a "
        "denied Ben Gardane→Gabes pull-out; traps «سوق ليبيا», «نهج طرابلس», «منير الإدريسي» and the agency name with "
        "تونس inside; «العاصمة تونس» (Tunis) vs the country.",
 "ow3": "Libyan daily (Al-Mutawaset style) from Zintan: a Zintan column Zintan→Wazin crossing via Rujban, Jadu and "
        "Kabaw (origin «من المدينة» = Zintan), a planned border-guard move Gharyan→the crossing («نحو المنفذ»), a "
        "conditional Zintan pull-back to Zintan («لن…إلا إذا»), a denied Zintan entry into Nalut, Zintan massing at "
        "Al-Rayayinah (reported) and a Tunisian reinforcement Tataouine→Dehiba; «للزنتان» → زنتان; traps «درجت العادة», "
        "«حضوراً وازناً», «الجادوي», «الإدريسي».",
 "ow4": "Sputnik Arabic-style report from Zuwara: a marine landing Abu Sitta naval base→Zuwara port, a planned move "
        "from the port to Farwa island, a conditional land reinforcement Zawiya→Zuwara («في حال»), a flashback "
        "pull-out Mellitah→Sabratha and Zintan's denied massing at Al-Jumayl and Regdalin; traps «لا ننسى الجميل», "
        "«شارع طرابلس», «شركة مليتة للنفط والغاز»; «بلدية زوارة» (district) vs Zuwara.",
 "ow5": "Al-Arab (London)-style analysis from Tunis: a C-130 airlift Sidi Ahmed air base→Djerba-Zarzis airport, a "
        "planned move to Borj El Khadra (no origin written), Libyan border guards Derj/Sinawen→Wazin crossing via "
        "Nalut, a planned kit shipment Tripoli→the crossing, the LNA's denied Sabha→Ghadames/Al Wafa field column and "
        "a conditional Gabes→Ben Gardane reinforcement («إذا»); headline تونس (country) vs dateline تونس (Tunis); "
        "«العرب» and «القابسي» are traps.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ow1", "ow2", "ow3", "ow4", "ow5")
