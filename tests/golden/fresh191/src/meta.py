# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G (row منفذ رأس جدير)
 # gk1 Ramadan plan, Tripoli and the west coast
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),          # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "border_tn": ("region", "LY", 33.05, 11.62, "Libya-Tunisia border (Libyan side, Ras Ajdir)"),  # K
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "souq_mun": ("district", "LY", 32.88300, 13.23300, "Souq al Jumaa municipality"),      # G* (town row)
 # gk2 Eid al-Fitr plan, the east and the Egyptian border
 "musaid": ("crossing", "LY", 31.60968, 25.04999, "Amsaad border crossing"),            # G
 "border_eg": ("region", "LY", 31.55, 24.98, "Libya-Egypt border (Libyan side, Amsaad)"),  # K
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "sallum_port": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),             # G* (row منفذ امساعد, country EG)
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G
 "barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                         # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "bardia": ("town", "LY", 31.75601, 25.08530, "Bardia"),                                # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "benghazi_port": ("crossing", "LY", 32.105, 20.050, "Benghazi port"),                # K
 "east_ly": ("region", "LY", 31.9, 21.5, "Eastern Libya"),                              # K
 # gk3 Eid al-Adha plan, the Fezzan
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "traghan": ("town", "LY", 25.92333, 14.42056, "Traghan"),                              # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "wadi_atba": ("town", "LY", 26.09502, 13.55744, "Wadi Utbah"),                         # G
 # gk4 summer season, Misrata and the central coast
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khums_port": ("crossing", "LY", 32.655, 14.280, "Al Khums port"),                     # K
 "misrata_port": ("crossing", "LY", 32.36, 15.21, "Misrata port (Qasr Ahmed)"),         # K
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                  # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "jufra": ("district", "LY", 29.11, 15.95, "Al Jufra"),                                 # K (point near Hun)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 # gk5 New Year plan, south-eastern Tunisia and Ras Ajdir
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),        # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "rasajdir_tn": ("crossing", "TN", 33.15000, 11.56000, "Ras Jedir border crossing (Tunisian side)"),  # G* (row منفذ رأس جدير, country TN)
 "zarzis_port": ("crossing", "TN", 33.51, 11.10, "Zarzis commercial port"),           # K
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G* (row منفذ وازن, country TN)
 "border_tnside": ("region", "TN", 32.05, 10.60, "Tunisia-Libya border (Tunisian side)"),  # K
}

TRAPS = {
 "gk1": ["بوابة إفريقيا الإخبارية", "الغرياني", "الصلوات الخمس", "الليبيين", "التونسيين", "اللبنانية"],
 "gk2": ["الجيش الليبي", "اليوم السابع", "غرفة عمليات المنطقة الشرقية", "الطبرقي", "اللواء طارق بن زياد",
         "الأسلحة البيضاء", "المنطقة الغربية العسكرية", "المصريين", "الأراضي المصرية", "الأراضي الليبية"],
 "gk3": ["سبوتنيك", "غرفة عمليات الجنوب", "القطروني", "دعم مالي", "ما ادري"],
 "gk4": ["يورونيوز", "الزليتني", "الشاطئ", "الأشهر الخمسة", "غرفة عمليات سرت", "الإدريسي", "شارع طرابلس"],
 "gk5": ["ديوان أف أم", "الجرجيسي", "سوق ليبيا", "العام الجديد", "رأس السنة", "الليبيين", "التونسي"],
}

PHEN = {
 "gk1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "operation_trap", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_oil",
         "countries", "coverage_neighbours", "ambiguity_tripoli", "ambiguity_country_capital"],
 "gk2": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "gk3": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap",
         "vague_area", "coverage_bases", "coverage_oil", "ambiguity_idri", "spelling"],
 "gk4": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap",
         "coverage_bases", "coverage_crossings", "countries", "ambiguity_tripoli", "ambiguity_idri"],
 "gk5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "border_phrase", "town_vs_district", "ambiguity_country_capital", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


GNA, LNA, EGA, TNA, MIS = "GNA forces", "Libyan National Army", "Egyptian army", "Tunisian army", "Misrata forces"

MOVES = {
 "gk1": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["الزاوية", "صبراتة"], ["جنزور"]),
  mv("reinforce", "reported", GNA, ["قاعدة الوطية"], ["معبر رأس اجدير"]),
  mv("deploy", "planned", GNA, [], ["غريان", "ترهونة"]),
  mv("reinforce", "planned", GNA, ["تاجوراء"], ["غريان", "ترهونة"]),
  mv("airlift", "planned", GNA, ["مطار معيتيقة"], ["غدامس"]),
  mv("advance", "conditional", GNA, ["طرابلس"], ["العجيلات"]),
  mv("mobilise", "denied", None, [], ["العجيلات"]),
  mv("withdraw", "denied", GNA, ["زوارة", "مجمع مليتة"], ["طرابلس"]),
 ],
 "gk2": [
  mv("deploy", "reported", LNA, ["طبرق"], ["منفذ امساعد"]),
  mv("withdraw", "planned", LNA, ["منفذ امساعد"], ["طبرق"]),
  mv("deploy", "reported", LNA, ["بنغازي"], ["درنة", "البيضاء"]),
  mv("shipment", "reported", None, [], ["ميناء بنغازي"]),
  mv("reinforce", "reported", EGA, ["مرسى مطروح"], ["السلوم"], ["سيدي براني"]),
  mv("reinforce", "conditional", EGA, ["قاعدة محمد نجيب العسكرية"], ["السلوم"]),
  mv("advance", "denied", EGA, [], ["البردية"]),
 ],
 "gk3": [
  mv("deploy", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["سبها"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار سبها"]),
  mv("redeploy", "reported", LNA, ["سبها"], ["أوباري"], ["جرمة"]),
  mv("deploy", "planned", LNA, [], ["مرزق", "القطرون", "تراغن"]),
  mv("withdraw", "planned", LNA, [], ["قاعدة تمنهنت"]),
  mv("mobilise", "reported", LNA, [], ["براك", "إدري"]),
  mv("redeploy", "conditional", LNA, ["أوباري"], ["غات"]),
  mv("withdraw", "denied", LNA, ["أوباري"], ["سبها"]),
 ],
 "gk4": [
  mv("deploy", "reported", MIS, ["مصراتة"], ["زليتن", "الخمس"]),
  mv("withdraw", "planned", MIS, [], ["مصراتة"]),
  mv("naval_landing", "reported", GNA, ["قاعدة أبوستة البحرية"], ["ميناء الخمس"]),
  mv("deploy", "planned", GNA, [], ["القره بوللي", "تاجوراء"]),
  mv("reinforce", "conditional", MIS, ["تاورغاء"], ["زليتن"]),
  mv("shipment", "reported", MIS, ["تركيا"], ["ميناء مصراتة"]),
  mv("reinforce", "denied", LNA, ["الجفرة"], ["سرت"]),
 ],
 "gk5": [
  mv("reinforce", "reported", TNA, ["صفاقس"], ["بن قردان", "جرجيس"]),
  mv("withdraw", "planned", TNA, [], ["صفاقس"]),
  mv("deploy", "reported", None, [], ["جربة"]),
  mv("naval_landing", "reported", TNA, [], ["ميناء جرجيس"]),
  mv("deploy", "planned", GNA, ["زوارة"], ["منفذ رأس اجدير"]),
  mv("reinforce", "conditional", TNA, ["تطاوين"], ["الذهيبة"]),
  mv("deploy", "denied", TNA, [], ["الحدود مع ليبيا"]),
 ],
}

NOTES = {
 "gk1": ("Ramadan security plan in Tripoli and the west (Afrigate News style): a GNU Interior convoy from «العاصمة» "
         "(= Tripoli) to Zawiya and Sabratha via Janzour; a company Al-Watiya base→Ras Ajdir crossing (the border phrase "
         "is a locator); a planned patrol deployment to Gharyan/Tarhuna, planned extra units Tajura→Gharyan/Tarhuna "
         "(«إليها») and a planned police airlift Mitiga airport→Ghadames; the Tripoli-based support force's «لن … إلا إذا» "
         "advance on Al-Ajaylat (conditional); the Al-Ajaylat council's denial of armed men massing in the town "
         "(mobilise, actor null); a denied pull-out Zuwara/Mellitah→Tripoli («عارية عن الصحة»). Traps: the outlet, the "
         "spokesman الغرياني (Gharyan inside), «الصلوات الخمس» (Al-Khums inside), nisbas; «طرابلس اللبنانية» is Tripoli "
         "(Lebanon) and «تونس العاصمة» is Tunis."),
 "gk2": ("Eid al-Fitr plan on the Libya–Egypt border (Youm7 style): an LNA battalion Tobruk→Amsaad crossing and its "
         "planned return to Tobruk after the third day of Eid (origin = «في المنفذ» = Amsaad); an LNA brigade "
         "Benghazi→Derna/Al Bayda; a shipment of police patrol cars at Benghazi port (actor null); Egyptian "
         "reinforcements Marsa Matruh→Sallum via Sidi Barrani, a conditional Mohamed Naguib base→Sallum move («إذا») and "
         "a denied crossing towards Bardia. Dateline مطروح is the city, محافظة مطروح the governorate. Traps: الطبرقي "
         "(Tobruk inside), «الأسلحة البيضاء» (Al Bayda inside), force names, the outlet, nisbas. The Sallum land port is "
         "a purpose, not a movement place."),
 "gk3": ("Eid al-Adha plan in the Fezzan (Sputnik Arabic style): Brigade 128 Tamanhint air base→Sabha; a cargo plane "
         "Benina air base→Sabha airport; a company Sabha→Ubari via Germa; planned joint patrols in Murzuq, Al Qatrun and "
         "on the road to Traghan, and a planned return of all units to «قاعدة تمنهنت» (no origin written); another "
         "battalion massing in Brak and Idri (mobilise; Wadi al-Shati is the purpose); a conditional («قد تدفع … في "
         "حال») move of the same company Ubari→Ghat; a denied pull-out Ubari→Sabha («لا صحة»). The Sharara road "
         "(protest), Wadi Utbah/Murzuq shoppers and Sabha airport flights to Tripoli/Benghazi are not movements. Traps: "
         "القطروني (Al Qatrun inside), «دعم مالي», «ما ادري», force names, the outlet."),
 "gk4": ("Summer-season beach plan on the central coast (Euronews Arabic style): Misrata's joint force Misrata→"
         "Zliten/Al-Khums beaches (origin «من المدينة» = Misrata) and its planned return to Misrata in September; a "
         "coast-guard ship Abu Sitta naval base→landing at Al-Khums port (Tripoli = speaker's place, Italy = migrants' "
         "destination); a planned tourist-police deployment to Garabulli and Tajura; a conditional reinforcement "
         "Tawergha→Zliten («إذا»); rescue boats shipped Turkey→Misrata port; the LNA's denied reinforcement Jufra→Sirte. "
         "Traps: الزليتني (Zliten inside), «الأشهر الخمسة» (Al-Khums inside), «الشاطئ» (Wadi al-Shati), «غرفة عمليات "
         "سرت», «شارع طرابلس» (a street in Misrata), الإدريسي (Idri-like), the outlet."),
 "gk5": ("New Year plan in south-eastern Tunisia (Diwan FM style): Tunisian army reinforcements Sfax→Ben Gardane/"
         "Zarzis and their planned return to Sfax after 3 January (no origin written); a National Guard deployment in "
         "Djerba (actor null); a navy landing at Zarzis port; the Zuwara security directorate's planned force Zuwara→Ras "
         "Ajdir (origin «من المدينة»); a conditional move Tataouine→Dehiba («إذا تقرر فتح معبر الذهيبة»); the defence "
         "ministry's denied tank deployment on the border with Libya. Traps: الجرجيسي (Zarzis inside), «سوق ليبيا» (a "
         "market in Ben Gardane), «العام الجديد», «رأس السنة», the outlet, nisbas. «تونس العاصمة» is Tunis (city)."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("gk1", "gk2", "gk3", "gk4", "gk5")
