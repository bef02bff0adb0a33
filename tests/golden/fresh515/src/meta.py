# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and foreign cities
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),             # G* (row الحدود الليبية التونسية)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),               # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 # Tripoli and its bases
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "south_tripoli": ("region", "LY", 32.75, 13.20, "South of Tripoli"),                   # K (representative point)
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "tekbali": ("base", "LY", 32.88743, 13.18733, "Tekbali Camp (Tripoli)"),               # G
 "qbg": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                         # G
 # the coast east of Tripoli
 "qarabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                  # G (row القره بوللي; names include القربوللي)
 "akhyar": ("town", "LY", 32.69677, 13.84634, "Qasr Khiyar (Qasr al-Akhyar)"),          # G (row قصر خيار)
 "alus": ("town", "LY", 32.71007, 13.96713, "Al-Alus"),                                 # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khoms_port": ("crossing", "LY", 32.67606, 14.24128, "Port of Al Khums"),              # K (Logistics Cluster LCA)
 "khoms_naval": ("base", "LY", 32.67606, 14.24128, "Al Khums Naval Base"),              # K (same harbour point)
 "kaam": ("village", "LY", 32.53, 14.44, "Kaam"),                                       # K (Wadi Kaam mouth)
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "zliten_mun": ("district", "LY", 32.46739, 14.56874, "Zliten municipality"),           # G* (town row)
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                           # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 # the hills and the interior
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "msallata_mun": ("district", "LY", 32.58345, 14.03627, "Msallata municipality"),       # G* (town row)
 "khadra": ("town", "LY", 32.44403, 13.76735, "Al Khadra"),                             # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "bw_airport": ("airport", "LY", 31.73920, 13.95400, "Bani Walid Airport"),             # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 # the centre
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


GNA, MIS, LNA, TUR, WAG = "GNA forces", "Misrata forces", "Libyan National Army", "Turkish armed forces", "Wagner Group"

TRAPS = {
 "sw1": ["ليبيا بانوراما", "الخمسين", "المنطقة العسكرية الوسطى", "فرج الزليتني", "القوة المشتركة مصراتة",
         "السنوات الخمس"],
 "sw2": ["الحدث", "عادل الخمسي", "المنطقة البحرية الوسطى", "التركية", "أتراك", "الليبية", "اللبنانية",
         "الشركة الليبية للموانئ"],
 "sw3": ["لوسيل", "وكالة الأنباء الليبية", "عمر الإدريسي", "التلال الخضراء", "الليبية", "اللواء 444 قتال"],
 "sw4": ["رصيف22", "ورفلة", "مبروك الورفلي", "الروسية", "الملك إدريس"],
 "sw5": ["المشهد", "القيادة العامة", "غرفة العمليات المشتركة بالمنطقة الوسطى", "نوري الطرابلسي", "الليبي"],
}

PHEN = {
 "sw1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap",
         "town_vs_district"],
 "sw2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "countries",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "border_phrase", "ambiguity_tripoli",
         "ambiguity_country_capital"],
 "sw3": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap", "nisba",
         "town_vs_district", "vague_area", "ambiguity_idri"],
 "sw4": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "vague_area", "coverage_bases", "border_phrase",
         "coverage_neighbours", "countries", "coverage_crossings", "coverage_oil", "ambiguity_idri"],
 "sw5": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "coverage_bases",
         "coverage_oil", "vague_area", "ambiguity_tripoli", "ambiguity_country_capital"],
}

MOVES = {
 "sw1": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["زليتن"], ["القربوللي", "الخمس"]),
  mv("redeploy", "planned", GNA, ["زليتن"], ["كعام"]),
  mv("withdraw", "conditional", None, ["زليتن"], ["الدافنية"]),
  mv("reinforce", "denied", MIS, ["مصراتة"], ["زليتن"], ["الدافنية"]),
  mv("naval_landing", "denied", MIS, [], ["زليتن"]),
 ],
 "sw2": [
  mv("naval_landing", "reported", GNA, ["قاعدة أبوستة البحرية"], ["ميناء الخمس", "قاعدة الخمس البحرية"]),
  mv("deploy", "conditional", GNA, ["الخمس"], ["العلوص", "قصر الأخيار"]),
  mv("shipment", "planned", GNA, ["مصراتة"], ["ميناء الخمس"], ["زليتن"]),
  mv("shipment", "reported", None, ["طرابلس"], ["ميناء الخمس"]),
  mv("deploy", "denied", TUR, ["تركيا"], ["قاعدة الخمس البحرية"]),
 ],
 "sw3": [
  mv("deploy", "reported", GNA, ["ترهونة"], ["مسلاتة"], ["الخضراء"]),
  mv("mobilise", "denied", None, [], ["مسلاتة"]),
  mv("withdraw", "planned", GNA, ["مسلاتة"], ["ترهونة"]),
  mv("reinforce", "conditional", GNA, ["الخمس"], ["مسلاتة"]),
  mv("withdraw", "reported", LNA, ["ترهونة"], ["بني وليد"]),
 ],
 "sw4": [
  mv("airlift", "reported", GNA, ["مطار معيتيقة"], ["مطار بني وليد"]),
  mv("withdraw", "reported", WAG, ["جنوب طرابلس"], ["بني وليد"]),
  mv("airlift", "reported", WAG, ["مطار بني وليد"], ["قاعدة الجفرة الجوية"]),
  mv("reinforce", "planned", GNA, ["زليتن"], ["بني وليد"]),
  mv("advance", "denied", None, ["بني وليد"], ["ترهونة"]),
  mv("advance", "conditional", MIS, ["مصراتة"], ["بني وليد"]),
 ],
 "sw5": [
  mv("reinforce", "reported", GNA, ["معسكر التكبالي"], ["ترهونة"], ["قصر بن غشير"]),
  mv("redeploy", "reported", GNA, ["مسلاتة"], ["الخضراء"]),
  mv("advance", "denied", LNA, ["قاعدة الجفرة الجوية"], ["بني وليد"]),
  mv("mobilise", "planned", GNA, [], ["الخمس"]),
  mv("withdraw", "conditional", GNA, ["ترهونة"], ["طرابلس"]),
  mv("withdraw", "reported", LNA, ["ترهونة"], []),
 ],
}

NOTES = {
 "sw1": "Libya Panorama, Zliten: a GNU force Tripoli→Zliten via Qarabulli (written القربوللي) and Al-Khums (reported); "
        "a company Zliten→Kaam (planned); the two local groups' pull-out from central Zliten to camps near Dafniya, "
        "made conditional by the truce («مشروط», conditional, no actor); Misrata's joint force denies reinforcements "
        "Misrata→Zliten via Dafniya and a sea landing on Zliten's shore (two denied moves). Traps: the outlet, the "
        "commander الزليتني, القوة المشتركة مصراتة, المنطقة العسكرية الوسطى, الخمسين, السنوات الخمس; spelling زليطن in "
        "the quote; مستشفى زليتن keeps Zliten gold; بلدية زليتن is the district.",
 "sw2": "Al-Hadath, Al-Khums: GNU patrol boats and a landing craft Abu Sitta naval base→Khoms port, most men on to the "
        "adjacent naval base (reported, one move with two destinations); boats to move Khoms→Al-Alus and Qasr al-Akhyar "
        "if migrant boats are spotted (conditional); an ammunition shipment Misrata→the port («الميناء») via Zliten "
        "(planned); last month's ammunition container from Tripoli (Lebanon) seized at the port (reported shipment, no "
        "actor); Turkey denies sending troops to the Khoms naval base (denied; «من تركيا إلى الخمس» is the same move). "
        "Ankara (speaker), Tripoli (locator, metonym), the fuel-smuggling «الحدود مع تونس» (purpose), Libya and the later "
        "Turkey/port mentions are not movement places.",
 "sw3": "Lusail (with agencies), Tripoli dateline: the 444 Brigade Tarhuna→Msallata via Al-Khadra (reported); Msallata's "
        "social council denies any armed build-up in the town (denied mobilise, no actor); the brigade to return "
        "Msallata→Tarhuna in ten days (planned); extra reinforcements Al-Khums→Msallata «في حال» (conditional); the 2020 "
        "flashback of Haftar's forces leaving Tarhuna for Bani Walid (reported). التلال الخضراء is a common-word trap "
        "containing الخضراء; عمر الإدريسي is a person (no Idri); بلدية مسلاتة is the district; the closing list of three "
        "towns and الغرب الليبي are not movement places.",
 "sw4": "Raseef22 feature on Bani Walid: a GNU transport plane Mitiga airport→Bani Walid airport (reported airlift); "
        "the May 2020 Wagner pull-out from the fronts south of Tripoli to Bani Walid and the airlift from «مطار "
        "المدينة» (= Bani Walid airport) to the Jufra air base (reported); a second company Zliten→Bani Walid (planned "
        "reinforce); the Warfalla council denies gunmen moved Bani Walid→Tarhuna (denied); a Misrata commander's «إذا» "
        "threat Misrata→Bani Walid (conditional). The road list (Tarhuna, Zliten, Misrata, Ash Shwayrif), the distance "
        "from Tripoli and the generic corridor sentence (fighters from the Niger border via Toummo, fuel trucks from the "
        "Zawiya refinery «في كل حروب ما بعد 2011») are not movements. الملك إدريس is a trap (no Idri).",
 "sw5": "Al-Mashhad, Tripoli dateline: GNU reinforcements Tekbali camp→Tarhuna via Qasr Bin Ghashir (reported); a "
        "company Msallata→Al-Khadra (reported redeploy); the LNA denies a column Jufra air base→Bani Walid (denied; "
        "Jufra, Sirte and the Oil Crescent in the quote are stationing, not movement places); the coastal joint "
        "operations room to mass its men in Al-Khums (planned mobilise); the reinforcements will not leave Tarhuna for "
        "Tripoli «إلا بعد» (conditional); the 2020 LNA exit from Tarhuna («خرجت … منها», reported withdraw, origin "
        "only). العاصمة تونس is Tunis (the elders' meeting, not a movement); نوري الطرابلسي is a person.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("sw1", "sw2", "sw3", "sw4", "sw5")
