# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # Kufra oasis
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 23.30855, 22.08059, "Al Kufra municipality"),          # G* (district row LY-KF)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "jawf": ("town", "LY", 24.19890, 23.29093, "Al Jawf (Kufra)"),                         # G* (Kufra row, grep الجوف)
 "hawari": ("village", "LY", 24.31667, 23.16667, "Al Hawwari"),                         # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "buzayma": ("village", "LY", 24.92, 22.05, "Buzaymah"),                                # K
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),     # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "south_east_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),          # G* (row جنوب شرق ليبيا)
 "tazirbu_mun": ("district", "LY", 25.67289, 21.07286, "Tazirbu municipality"),          # G* (town row)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                   # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),            # G (row الحدود الليبية السودانية)
 # the road north
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjilah"),                               # G
 # Sudan and Chad
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "wadi_howar": ("region", "SD", 17.3, 26.0, "Wadi Howar"),                              # K
 "border_sd_ly": ("region", "SD", 20.8, 25.4, "Sudan-Libya border (Sudanese side)"),    # K
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                          # G
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "aswan": ("city", "EG", 24.09082, 32.89942, "Aswan"),                                  # G
 "east_oweinat": ("region", "EG", 22.58570, 28.71660, "East Oweinat"),                  # G* (row مطار شرق العوينات)
 "border_eg_sd": ("region", "EG", 22.2, 28.6, "Egypt-Sudan border near East Oweinat"),  # K
 "argeen": ("crossing", "EG", 22.0, 31.3, "Argeen land crossing"),                      # K
 "border_eg_ly": ("region", "EG", 22.8, 25.3, "Egypt-Libya border (Egyptian side, south)"),  # K
}

TRAPS = {
 "em1": ["فواصل", "شارع بنغازي", "الجيش الوطني الليبي", "المعارضة التشادية", "كتيبة سبل السلام", "ما ادري"],
 "em2": ["سودان تريبيون", "قوات الدعم السريع", "الجيش السوداني", "الليبي", "سودانيون", "كتيبة سبل السلام"],
 "em3": ["الميادين نت", "عادل البنغازي", "البنغازي", "الأخبار السارة"],
 "em4": ["يورونيوز", "الهلال الأحمر", "الليبي", "الليبية", "عبد السلام الأجدابي", "إلى الجنوب الشرقي",
         "كتيبة سبل السلام", "ما ادري"],
 "em5": ["الشروق", "مصري", "سمير المصري", "الحاجة الملحة", "قوات الدعم السريع", "الليبية", "السودانيين",
         "كتيبة سبل السلام"],
}

PHEN = {
 "em1": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "town_vs_district", "vague_area",
         "coverage_neighbours", "countries", "coverage_oil", "ambiguity_tripoli", "ambiguity_idri"],
 "em2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "border_phrase", "vague_area",
         "coverage_bases", "coverage_neighbours", "countries", "coverage_crossings", "ambiguity_country_capital"],
 "em3": ["clitics", "spelling", "multiword", "coverage_bases", "media_trap", "person_trap", "common_word_trap",
         "border_phrase", "vague_area", "coverage_neighbours", "countries", "coverage_oil"],
 "em4": ["clitics", "spelling", "vague_area", "media_trap", "person_trap", "common_word_trap", "nisba",
         "operation_trap", "coverage_neighbours", "countries", "multiword", "town_vs_district", "ambiguity_tripoli",
         "ambiguity_idri"],
 "em5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "operation_trap", "border_phrase", "vague_area", "ambiguity_country_capital", "coverage_neighbours",
         "countries", "coverage_crossings"],
}

LNA, SUD, CHAD, EGY = "Libyan National Army", "Sudanese armed groups", "Chadian armed groups", "Egyptian army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    """One gold movement in the JSONL key order."""
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "em1": [
  mv("reinforce", "reported", LNA, ["بنغازي"], ["الكفرة", "مطار الكفرة"], ["أجدابيا", "جالو"]),
  mv("redeploy", "planned", LNA, [], ["الجوف"]),
  mv("advance", "denied", CHAD, ["تشاد"], ["الكفرة"]),
  mv("withdraw", "conditional", None, ["مطار الكفرة"], []),
 ],
 "em2": [
  mv("advance", "reported", SUD, ["المالحة"], ["المثلث الحدودي"], ["وادي هور"]),
  mv("deploy", "reported", LNA, ["الكفرة"], ["جبل العوينات", "قاعدة معطن السارة"]),
  mv("reinforce", "conditional", LNA, ["الكفرة"], ["المثلث الحدودي"]),
  mv("withdraw", "denied", SUD, ["المالحة"], ["ليبيا"]),
  mv("shipment", "denied", None, ["الكفرة"], []),
  mv("deploy", "planned", None, [], ["الحدود مع ليبيا"]),
 ],
 "em3": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("reinforce", "reported", LNA, ["اجدابيا"], ["تازربو"], ["أوجلة", "جالو", "حقل السرير"]),
  mv("redeploy", "planned", LNA, ["تازربو"], ["ربيانة"]),
  mv("withdraw", "denied", LNA, ["الكفرة"], ["بنغازي"]),
  mv("mobilise", "conditional", None, [], ["أجدابيا"]),
 ],
 "em4": [
  mv("withdraw", "reported", None, ["تازيربو"], ["ربيانة"]),
  mv("deploy", "reported", LNA, ["الكفرة"], ["تازيربو"]),
  mv("deploy", "planned", LNA, ["جالو"], ["بزيمة"]),
  mv("reinforce", "denied", None, ["أجدابيا"], ["تازربو"]),
  mv("mobilise", "conditional", None, [], ["ربيانة"]),
 ],
 "em5": [
  mv("reinforce", "reported", EGY, ["أسوان"], ["شرق العوينات"]),
  mv("shipment", "reported", LNA, ["أجدابيا"], ["الكفرة"]),
  mv("deploy", "planned", LNA, [], ["جبل العوينات"]),
  mv("airlift", "denied", EGY, [], ["مطار الكفرة"]),
  mv("reinforce", "conditional", EGY, [], ["الحدود مع ليبيا"]),
 ],
}

NOTES = {
 "em1": ("Fawasel-style report from Kufra: LNA column Benghazi→Kufra/Kufra airport via Ajdabiya and Jalu (reinforce, "
         "reported; «يصل إلى المدينة … مداخلها» resolved to Kufra); planned Subul al-Salam company to Al Jawf "
         "(redeploy inside the oasis, «تعتزم»); Tebu denial of Chadian opposition fighters entering Kufra from Chad "
         "(advance, «عارٍ تماماً عن الصحة»); Zuwayya conditional pull-back from around Kufra airport («لن ينسحبوا … "
         "إلا إذا»). Not moves: Subul al-Salam stationed in the city, new gates on the Al-Hawari road, displaced "
         "families to Rebiana/Al-Hawari, the road to Tazirbu (purpose), the GNU in Tripoli (speaker), the 2012/2015 "
         "flashback of closed roads to the Libya–Sudan border and stopped fuel trucks from the Sarir field. Traps: "
         "«شارع بنغازي», the dialect «ما ادري» (Idri)."),
 "em2": ("Sudan Tribune-style report from Port Sudan: RSF column Al Malha→the border triangle via Wadi Howar "
         "(advance, reported); Subul al-Salam patrols Kufra→Jebel Uweinat/Maaten al-Sarra (deploy, reported; the "
         "border phrase is the purpose); conditional LNA reinforcement «من المدينة نحو المثلث» (Kufra→the triangle, "
         "«إذا»); RSF denial of a pull-out Al Malha→Libya and of fuel shipments from Kufra (two denied moves); the "
         "Sudanese army's planned deployment to the Sudanese side of the border with Libya. Not moves: the trader's "
         "Kufra–Al Malha line, truck traffic Kufra–Amdjarass, refugees from Darfur and to the Argeen crossing, "
         "«إعلام بورتسودان» (Port Sudan standing for the army government)."),
 "em3": ("Al-Mayadeen-style report from Benghazi: Il-76 airlift Benina air base→Kufra airport (reported); a "
         "battalion column Ajdabiya (spelled اجدابيا)→Tazirbu via Awjila, Jalu and the Sarir field (reinforce, "
         "reported); planned company Tazirbu→Rebiana («تخطط لنقل», redeploy); denied withdrawal Kufra→Benghazi "
         "(«مجرد شائعات»); Zuwayya conditional mobilisation in Ajdabiya («النفير العام … إذا لم»). Not moves: calm at "
         "Maaten al-Sarra near the Sudanese border, news from Darfur, the analysts' paragraph. Traps: the officer "
         "«عادل البنغازي» and the common phrase «الأخبار السارة»."),
 "em4": ("Euronews Arabic-style report on the Tazirbu truce (spelled تازربو and تازيربو): Tebu pull-back from the "
         "market/hospital area of Tazirbu→Rebiana (withdraw, reported; origin resolved to تازيربو); Subul al-Salam "
         "separation force Kufra→Tazirbu (deploy, reported); planned company Jalu→Buzayma («ستدفع الأسبوع "
         "المقبل»); Zuwayya denial of fighters Ajdabiya→Tazirbu; Tebu conditional mobilisation in Rebiana («إذا "
         "خُرقت الهدنة»). Not moves: mediators from Jalu and Awjila, displaced families to Kufra, a Red Crescent aid "
         "convoy from Benghazi, the Tazirbu mayor's appeal to the Presidential Council in Tripoli. «إلى الجنوب "
         "الشرقي» is a direction (trap); «واحات الجنوب الشرقي» is the region; «بلدية تازربو» is the district beside "
         "the town; «ما ادري» is dialect (Idri trap)."),
 "em5": ("Al-Shorouk-style report from Cairo: Egyptian reinforcement Aswan→East Oweinat (reported via sources); "
         "LNA fuel-and-ammunition trucks Ajdabiya→Kufra (shipment, reported); planned Subul al-Salam move to Jebel "
         "Uweinat («ستنتقل»); Egyptian denial of a military airlift to Kufra airport; conditional Egyptian "
         "reinforcement of the (Egyptian side of the) border with Libya («إذا امتدت»). Not moves: RSF stationed near "
         "Al Malha (spelled الملحة), readiness raised at the Argeen crossing, the triangle as the condition, "
         "Cairo/Benghazi/Port Sudan as governments. Traps: «سمير المصري», «الحاجة الملحة», the nisba مصري/مصرية."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("em1", "em2", "em3", "em4", "em5")
