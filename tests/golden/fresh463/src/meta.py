# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                   # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                              # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 # capitals and cities outside the south-east
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                   # G
 "akkar": ("district", "LB", 34.54, 36.08, "Akkar"),                                      # K
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                    # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                    # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 "benghazi_port": ("crossing", "LY", 32.10, 20.05, "Port of Benghazi"),                   # K
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                  # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                         # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa al-Brega port"),             # G* (town row البريقة)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                      # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                  # G
 # Ajdabiya - Jalu - Kufra road
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                              # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjilah"),                                 # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                      # G
 "jalu_mun": ("district", "LY", 29.03333, 21.55000, "Jalu municipality"),                 # G* (town row)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                # G
 "buzayma": ("village", "LY", 25.00000, 22.00000, "Buzayma"),                             # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                                # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                    # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),               # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                 # G
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                      # G
 "messla": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                    # G
 # borders, vague areas, Egypt and Sudan
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),       # G
 "east_oweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                      # G* (airport row مطار شرق العوينات)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),       # G* (row مثلث العوينات)
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                        # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),   # G* (row الحدود الليبية السودانية)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),    # G* (row الحدود الليبية التشادية)
 "southeast_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),             # G* (row جنوب شرق ليبيا)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                      # G* (row جنوب ليبيا)
}

LNA = "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "qw1": ["بوابة إفريقيا الإخبارية", "الجيش الوطني الليبي", "فرج الأوجلي", "دعم مالي",
         "غرفة عمليات المنطقة الجنوبية الشرقية"],
 "qw2": ["المشهد", "الجيش الليبي", "علي الطرابلسي", "صالح الإدريسي", "طارق بن زياد", "الحقول الليبية"],
 "qw3": ["صدى البلد", "قوات الدعم السريع", "الأراضي السودانية", "الأنباء السارة", "القوات المسلحة المصرية",
         "الجيش الليبي"],
 "qw4": ["الجريدة", "درع الجنوب", "غرفة عمليات المنطقة الجنوبية", "تشادية", "مصادر عسكرية ليبية"],
 "qw5": ["الأخبار", "الملك إدريس السنوسي", "جبهة الوفاق من أجل التغيير في تشاد", "الواحات الجنوبية", "اللبنانية"],
}

PHEN = {
 "qw1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "town_vs_district", "coverage_bases", "countries"],
 "qw2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "ambiguity_idri", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "qw3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qw4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
 "qw5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "coverage_bases",
         "coverage_neighbours", "countries"],
}

MOVES = {
 "qw1": [
  mv("shipment", "reported", LNA, ["اجدابيا"], ["الكفرة"], ["جالو", "تازربو"]),
  mv("reinforce", "reported", LNA, ["جالو"], ["تازربو"]),
  mv("deploy", "planned", LNA, ["الكفرة"], ["بزيمة"]),
  mv("airlift", "conditional", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("withdraw", "denied", LNA, ["تازربو"], []),
 ],
 "qw2": [
  mv("redeploy", "reported", LNA, ["حقل مسلة"], ["حقل السرير"]),
  mv("withdraw", "denied", LNA, ["حقل السرير"], ["جالو"]),
  mv("naval_landing", "planned", LNA, ["طبرق"], ["ميناء بنغازي"]),
  mv("shipment", "planned", LNA, [], ["حقل السرير"], ["أجدابيا"]),
  mv("mobilise", "conditional", LNA, [], ["أجدابيا"]),
 ],
 "qw3": [
  mv("withdraw", "reported", "Sudanese armed groups", ["المثلث الحدودي"], ["وادي هور"]),
  mv("advance", "reported", LNA, ["الكُفرة"], ["الحدود مع السودان"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا"], ["قاعدة معطن السارة الجوية"]),
  mv("shipment", "denied", "Egyptian army", [], ["الكُفرة"], ["منفذ امساعد"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["شرق العوينات"]),
 ],
 "qw4": [
  mv("mobilise", "reported", "Chadian armed groups", [], ["ربيانة"]),
  mv("deploy", "reported", LNA, ["الكفرة"], ["تازربو"]),
  mv("advance", "planned", LNA, ["الكفرة"], ["الحدود مع تشاد"]),
  mv("naval_landing", "conditional", LNA, ["بنغازي"], ["ميناء البريقة"]),
  mv("redeploy", "denied", LNA, ["حقل السرير"], ["الكفرة"]),
 ],
 "qw5": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("redeploy", "reported", LNA, ["إدري"], ["تازربو"]),
  mv("shipment", "planned", LNA, ["أجدابيا"], ["الكفرة"], ["اوجلة", "جالو"]),
  mv("reinforce", "conditional", LNA, ["جالو"], ["بزيمة"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["ربيانة"]),
 ],
}

NOTES = {
 "qw1": "Afrigate-style report from Ajdabiya (اجدابيا without hamza): an ambushed LNA supply convoy Ajdabiya→Kufra via "
        "Jalu and Tazirbu (shipment, reported), a company Jalu→Tazirbu (reinforce), a Subul al-Salam escort planned "
        "Kufra→Buzayma, a conditional Benina→Kufra airport airlift («إذا تكرر») and a denied pull-out from Tazirbu; "
        "«جنوب الواحة», «في المدينة» and the closing supply-artery sentence are not movements; traps: outlet, force "
        "names, the driver فرج الأوجلي, «دعم مالي».",
 "qw2": "Al-Mashhad-style report from Benghazi on an attack at the Sarir field: a company Messla→Sarir (redeploy), a "
        "denied Tariq bin Ziyad pull-out Sarir→Jalu (claim from accounts close to the Tripoli government), a planned "
        "landing Tobruk→Benghazi port and a planned overland shipment to Sarir via Ajdabiya (no origin written), a "
        "conditional LNA massing in Ajdabiya; the evacuation of Tunisian/Egyptian workers to Benghazi is civilian; "
        "Tunisia (country) vs «العاصمة تونس» (Tunis); traps علي الطرابلسي, صالح الإدريسي.",
 "qw3": "Sada El Balad-style report from Cairo: Sudanese gunmen pull back from the Libya–Egypt–Sudan triangle towards "
        "Wadi Howar, Subul al-Salam advance Kufra→the Sudan border (nested border phrase), a planned Benina→Maaten "
        "al-Sarra airlift, a denied Egyptian truck shipment to Kufra via Amsaad and a conditional Egyptian "
        "reinforcement at East Oweinat; the Kufra–Rebiana road is a purpose, the countries after the triangle are "
        "locators; الكُفرة with a damma throughout; «الأنباء السارة» beside «معطن السارة».",
 "qw4": "Al-Jarida-style report (Cairo dateline): Chadian rebels massing near Rebiana (mobilise, reported), Subul "
        "al-Salam deployed Kufra→Tazirbu, a planned armoured advance Kufra→the Chad border (nested), a conditional "
        "landing Benghazi→Brega port («في حال تعذر نقلها جواً») and a denied redeploy Sarir field→Kufra; بلدية الكفرة "
        "is the district beside the town; «درع الجنوب» is an operation name.",
 "qw5": "Al-Akhbar-style analysis from Beirut: a reported Benina→Kufra airport airlift, a company Idri→Tazirbu "
        "(redeploy), a planned escorted fuel convoy Ajdabiya→Kufra via Awjila (اوجلة) and Jalu, a conditional "
        "Jalu→Buzayma reinforcement and FACT's denied massing near Rebiana; the road «من أجدابيا إلى الكفرة» in the "
        "lede is not a movement; Tripoli (Libya) vs Tripoli (Lebanon) beside Akkar; Algeria vs «الجزائر العاصمة»; "
        "إدري vs «الملك إدريس السنوسي».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qw1", "qw2", "qw3", "qw4", "qw5")
