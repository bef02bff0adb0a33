# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 # foreign datelines
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                   # G (row عمان; Oman shares the spelling)
 "dubai": ("city", "AE", 25.07725, 55.30927, "Dubai"),                                   # G
 # uc1 Tripoli - Tarhuna - Bani Walid - Misrata
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                          # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                               # G
 "qasr_ghashir": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                 # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                             # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                 # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                # G (row ميناء الخمس)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                # G
 # uc2 the east and the Ajdabiya - Jalu road
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "abyar": ("town", "LY", 32.19000, 20.59653, "Al Abyar"),                                # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                             # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                  # G
 "brega_port": ("oilfield", "LY", 30.41, 19.58, "Marsa el Brega oil port"),            # K (next to the Brega town row)
 "gardabiya_airport": ("airport", "LY", 31.06350, 16.59500, "Gardabiya Airport"),      # G
 "jalu_mun": ("district", "LY", 29.03333, 21.55000, "Jalu municipality"),              # G* (town row)
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                     # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjila"),                                 # G
 # uc3 the western coast
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                             # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                 # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                              # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                            # G
 "ajaylat_mun": ("district", "LY", 32.75718, 12.37633, "Al Ajaylat municipality"),       # G* (town row)
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                              # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),     # G (row مجمع مليتة)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                 # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "sabratha_port": ("crossing", "LY", 32.800, 12.480, "Sabratha harbour"),              # K
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),               # G (row قاعدة أبوستة البحرية)
 # uc4 the Tunisian south-east and the border
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                        # G
 "border_tnside": ("region", "TN", 33.0, 11.3, "Tunisia-Libya border (Tunisian side)"),  # K
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G* (row منفذ رأس جدير)
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                        # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                             # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                           # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                 # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                   # G
 "south_east_tn": ("region", "TN", 33.2, 10.8, "South-eastern Tunisia"),                 # K
 # uc5 Kufra and the south-east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                # G
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                             # K
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                               # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),                # G* (row الحدود الليبية السودانية)
 "sarra_base": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),           # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                               # G
}

TRAPS = {
 "uc1": ["ترهونة اليوم", "علي الزليتني", "اللهجة الليبية"],
 "uc2": ["قورينا", "ما ادري", "فندق تيبستي", "سالم الأوجلي", "الجيش الوطني الليبي"],
 "uc3": ["يردّون الجميل", "شارع طرابلس", "غرفة عمليات الساحل الغربي"],
 "uc4": ["أخبار زوارة وضواحيها", "سوق ليبيا", "محمد المدنيني", "ما ادري", "الجيش التونسي"],
 "uc5": ["الدعم السريع", "سبل السلام", "الأخبار السارة", "الهلال الأحمر الليبي"],
}

PHEN = {
 "uc1": ["clitics", "multiword", "spelling", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_tripoli", "coverage_crossings"],
 "uc2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "ambiguity_idri",
         "town_vs_district", "coverage_bases", "coverage_oil"],
 "uc3": ["clitics", "multiword", "vague_area", "operation_trap", "common_word_trap", "town_vs_district",
         "coverage_oil", "ambiguity_tripoli", "coverage_bases", "spelling"],
 "uc4": ["clitics", "spelling", "multiword", "border_phrase", "coverage_crossings", "coverage_neighbours",
         "countries", "media_trap", "person_trap", "nisba", "vague_area", "ambiguity_idri", "ambiguity_country_capital"],
 "uc5": ["clitics", "multiword", "border_phrase", "countries", "coverage_bases", "coverage_neighbours",
         "common_word_trap", "operation_trap", "nisba"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "uc1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["ترهونة"], ["قصر بن غشير"]),
  mv("shipment", "reported", "GNA forces", [], ["ترهونة"]),
  mv("deploy", "denied", "GNA forces", ["طرابلس"], ["بني وليد"]),
  mv("mobilise", "denied", None, [], ["بني وليد"]),
  mv("deploy", "planned", "GNA forces", [], ["مسلاتة"]),
  mv("deploy", "conditional", "Misrata forces", ["مصراتة"], ["زليتن"]),
  mv("naval_landing", "conditional", "Misrata forces", [], ["ميناء الخمس"]),
 ],
 "uc2": [
  mv("redeploy", "reported", "Libyan National Army", ["المرج"], ["أجدابيا"], ["الأبيار"]),
  mv("redeploy", "planned", "Libyan National Army", [], ["ميناء البريقة"]),
  mv("withdraw", "denied", "Libyan National Army", ["سرت"], []),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار القرضابية"]),
  mv("advance", "reported", None, ["أوجلة"], ["جالو"]),
  mv("reinforce", "conditional", "Libyan National Army", ["اجدابيا"], ["جالو"]),
 ],
 "uc3": [
  mv("reinforce", "reported", "GNA forces", ["الزاوية"], ["صبراتة"], ["صرمان"]),
  mv("naval_landing", "reported", "GNA forces", ["قاعدة بوستة البحرية"], ["ميناء صبراتة"]),
  mv("advance", "reported", None, ["الجميل"], ["العجيلات"]),
  mv("withdraw", "denied", "GNA forces", ["مجمع مليتة"], ["طرابلس"]),
  mv("deploy", "planned", "GNA forces", [], ["صبراتة", "زوارة"]),
  mv("advance", "conditional", "Zintan forces", ["الزنتان"], ["العجيلات"]),
 ],
 "uc4": [
  mv("advance", "denied", "Tunisian army", [], ["أبو كماش"], ["الحدود مع ليبيا", "رأس اجدير"]),
  mv("mobilise", "reported", None, [], ["أبو كماش"]),
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان", "معبر رأس جدير"]),
  mv("reinforce", "conditional", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["رأس اجدير"]),
  mv("deploy", "reported", "Zintan forces", ["الزنتان"], ["وازن"]),
 ],
 "uc5": [
  mv("advance", "reported", "Sudanese armed groups", [], ["جبل العوينات"], ["الحدود مع السودان"]),
  mv("reinforce", "reported", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("withdraw", "denied", "Libyan National Army", ["ربيانة"], []),
  mv("shipment", "reported", "Libyan National Army", ["اجدابيا"], ["الكفرة"], ["جالو"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["تازربو"], ["الكفرة"]),
 ],
}

NOTES = {
 "uc1": "Fact-check (Fatabyyano, Amman) of a Facebook clip captioned in dialect «رتل طالع من طرابلس وماشي لبني وليد»: "
        "the clip is a GNA 444 Brigade column Tripoli→Tarhuna via Qasr Bin Ghashir (reported; clip, reverse search and "
        "brigade statement = one move) followed by supply trucks (shipment, destination by anaphora «لحقت بها»); the "
        "Bani Walid destination is denied by the ministry (a second, denied move of the same column) and the Warfalla "
        "council denies a «النفير العام» in Bani Walid (denied mobilise, actor null); a planned company for Msallata; a "
        "Misrata page's dialect post «كان صار … الكتايب بتطلع من مصراتة لزليتن» confirmed as conditional, plus a "
        "conditional landing at Al-Khums port («قد … إذا»). Lebanese accounts placing the clip near Tripoli (Lebanon), "
        "livestock trucks in a second photo and the Amman dateline are not movements.",
 "uc2": "Qurina (Benghazi) on viral clips of tank transporters in Al-Abyar: an LNA armoured battalion Al-Marj→Ajdabiya "
        "via Al-Abyar (reported; the blogger's «قالوا ماشية لاجدابيا» is the same move), planned onward to Brega oil "
        "port (no origin written), a denied pull-out from Sirte (dialect rumour «سحبوا الكتايب كلها من سرت» + the "
        "spokesman's denial) with a reported cargo flight Benina air base→Gardabiya airport, an unidentified armed "
        "group Awjila→Jalu whose identity is unverified but whose entry a municipal member confirms (reported, actor "
        "null), a conditional company Ajdabiya→Jalu. Old parade photos said to be in Benghazi are not a movement; "
        "Benghazi is dateline and venue only; «ما ادري» is the Idri trap.",
 "uc3": "Ultra Sawt (Tripoli) on western-coast clips: a confirmed SSA (GNA) reinforcement Zawiya→Sabratha via Surman and "
        "SSA men landed by two boats from Abu Sitta naval base at Sabratha harbour, an unverified column into "
        "Al-Ajaylat from Al-Jumayl (left unverified by the outlet: reported, actor null), the NOC's denial of a guard "
        "pull-out Mellitah→Tripoli, planned SSA patrols between Sabratha and Zuwara, and the Zintan council's "
        "conditional «لن تتحرك من المدينة نحو العجيلات إلا إذا» (origin by anaphora). A wedding convoy in Zuwara "
        "captioned «النفير» is not a movement; «شارع طرابلس» and «يردّون الجميل» are traps.",
 "uc4": "Diwan FM (Ben Gardane) on Libyan pages claiming Tunisian armour crossed at Ras Ajdir to Abu Kammash: denied by "
        "the Tunisian MoD in Tunis (one move: the page's claim and the ministry's «عبور … الحدود مع ليبيا»), which "
        "prompted a Zuwara military-council «النفير» in Abu Kammash (reported mobilise, actor null); the real move is a "
        "Tunisian reinforcement Medenine→Ben Gardane/the Ras Ajdir crossing area; a conditional Tataouine→Dehiba move; "
        "a planned GNU Interior force Tripoli→Ras Ajdir; an unverified Zintan column «ماشي لوازن» reported by Nalut "
        "activists (reported). Travellers and goods between Tunisia and Libya are not movements.",
 "uc5": "Akhbar Al-Aan (Dubai) on Kufra rumours: an unverified RSF clip «داخلة من الحدود مع السودان وماشية لجبل "
        "العوينات» (reported, unverified), a confirmed Subul al-Salam (LNA) company Kufra→Maaten al-Sarra air base, a "
        "denied pull-out from Rebiana, a reported fuel-and-ammunition convoy Ajdabiya→Kufra via Jalu (destination by "
        "anaphora «إلى المدينة»), a planned cargo flight Benina air base→Kufra airport and a conditional Tazirbu→Kufra "
        "reinforcement. Sudanese refugees arriving and a Red Crescent relief convoy passed off as a column «داخل "
        "للكفرة» are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("uc1", "uc2", "uc3", "uc4", "uc5")
