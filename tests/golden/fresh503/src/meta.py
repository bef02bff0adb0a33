# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 # capitals and coast
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "benghazi_port": ("crossing", "LY", 32.10, 20.05, "Port of Benghazi"),                    # K
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                   # G
 "tobruk_port": ("crossing", "LY", 32.08, 23.97, "Port of Tobruk"),                        # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                          # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                       # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                               # G
 # the Kufra road and the south-east
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                       # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                       # G
 "nafoura": ("oilfield", "LY", 29.21320, 21.59240, "Nafoora oil field"),                   # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                 # G
 "tazirbu_mun": ("district", "LY", 25.67289, 21.07286, "Tazirbu municipality"),            # G* (town row)
 "buzayma": ("village", "LY", 25.00000, 22.00000, "Buzayma"),                              # G
 "zighan": ("village", "LY", 25.49806, 22.11778, "Az-Zighan"),                             # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                                 # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                     # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                  # G
 "kufra_mun": ("district", "LY", 23.30855, 22.08059, "Al Kufra municipality"),             # G (district row)
 "matan": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                  # G
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                               # K
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),    # G* (row مثلث العوينات)
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                  # G
 "se_region": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                 # G* (row جنوب شرق ليبيا)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),               # G* (row الحدود الليبية السودانية)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                # G* (row الحدود الليبية التشادية)
 # elsewhere
 "amsterdam": ("city", "NL", 52.37403, 4.88969, "Amsterdam"),                          # G (row spelled آمستردام)
 # Egypt
 "east_uweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                       # G* (airport row)
 "border_eg_sd": ("region", "EG", 22.10, 28.70, "Egypt-Sudan border (west, near East Oweinat)"),  # K
 # Sudan
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                 # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                   # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                                # G
 "malha": ("town", "SD", 15.13, 26.18, "Al Malha"),                                        # K
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                         # G
 "karb_tom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                          # G
 "tina": ("town", "SD", 15.04, 22.83, "Tina (Sudan)"),                                     # K
 "tina_crossing": ("crossing", "SD", 15.04, 22.83, "Tina border crossing"),                # K
 # Chad
 "east_chad": ("region", "TD", 15.37168, 20.30227, "Eastern Chad"),                      # G
 "adre": ("town", "TD", 13.46648, 22.19875, "Adre"),                                       # G
 "adre_crossing": ("crossing", "TD", 13.46648, 22.19875, "Adre border crossing"),          # G* (town row)
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, SUD, EGY, CHAD = "Libyan National Army", "Sudanese armed groups", "Egyptian army", "Chadian armed groups"

TRAPS = {
 "sk1": ["راديو دبنقا", "منصات سودانية", "لا أدري", "الهلال الأحمر الليبي"],
 "sk2": ["يورونيوز", "محمد الطرابلسي", "السرير نفسه", "دعماً مالياً", "عسكري ليبي"],
 "sk3": ["القوة المشتركة لحركات دارفور", "دارفور24", "التغيير", "محمد إدريس ديبي", "الحكومة السودانية",
         "الأراضي الليبية"],
 "sk4": ["سبوتنيك", "الجيش الوطني الليبي", "مرتزقة سودانيين", "المرتزقة السودانيين", "منصات سودانية", "الجيش المصري",
         "المخيمات الليبية", "دبلوماسي سوداني"],
 "sk5": ["فرانس 24", "العائلات السودانية", "بين الواحات", "المعارضة التشادية", "قبيلة الزوية"],
}

PHEN = {
 "sk1": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "sk2": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "town_vs_district", "coverage_oil", "coverage_crossings", "countries"],
 "sk3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_idri", "vague_area", "coverage_crossings", "coverage_neighbours", "countries"],
 "sk4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "sk5": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
}

MOVES = {
 "sk1": [
  mv("reinforce", "reported", LNA, ["الكفرة"], ["قاعدة معطن السارة الجوية"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("deploy", "conditional", LNA, [], ["الحدود مع السودان"]),
  mv("mobilise", "denied", SUD, [], ["كفرة"]),
 ],
 "sk2": [
  mv("deploy", "reported", LNA, ["اجدابيا"], ["الكفرة"], ["جالو", "حقل السرير"]),
  mv("naval_landing", "reported", LNA, ["ميناء طبرق"], ["ميناء بنغازي"]),
  mv("redeploy", "planned", LNA, ["تازربو"], ["الكفرة"]),
  mv("withdraw", "denied", LNA, ["الكفرة"], ["بنغازي"]),
  mv("shipment", "conditional", LNA, ["اجدابيا"], ["الكفرة"]),
 ],
 "sk3": [
  mv("deploy", "denied", SUD, ["الكفرة"], ["الملحة"]),
  mv("withdraw", "reported", SUD, ["كرب التوم"], ["الطينة"]),
  mv("advance", "planned", SUD, [], ["الطينة"]),
  mv("reinforce", "conditional", LNA, [], ["جبل العوينات"]),
 ],
 "sk4": [
  mv("airlift", "reported", LNA, ["قاعدة الخادم الجوية"], ["مطار الكفرة"]),
  mv("shipment", "planned", LNA, ["بنغازي"], ["الكفرة"], ["أجدابيا"]),
  mv("mobilise", "conditional", LNA, [], ["الكفرة"]),
  mv("naval_landing", "denied", SUD, [], ["ميناء طبرق"]),
  mv("reinforce", "reported", EGY, [], ["شرق العوينات"]),
 ],
 "sk5": [
  mv("redeploy", "reported", LNA, ["ربيانة"], ["تازربو"], ["بزيمة"]),
  mv("shipment", "reported", LNA, ["حقل النافورة"], ["تازربو"]),
  mv("withdraw", "planned", LNA, ["الحدود مع تشاد"], ["ربيانة"]),
  mv("advance", "denied", CHAD, [], ["الزيغن"]),
  mv("mobilise", "conditional", None, [], ["الكفرة"]),
 ],
}

NOTES = {
 "sk1": "Radio Dabanga (Kufra/Amsterdam): refugees Al Malha→Kufra via Wadi Howar and a mother's El Fasher→Chad→Libya "
        "flight (civilian, not movements) beside a Subul al-Salam reinforcement Kufra→Maaten al-Sarra air base "
        "(reported), a planned Benina air base→Kufra airport airlift, a conditional deployment on the border with "
        "Sudan and the RSF's denied mobilisation of recruits in «كفرة»; traps «لا أدري» (Idri/Adré), Dabanga, the "
        "Libyan Red Crescent; the headline's «قرب المثلث الحدودي» only locates the base.",
 "sk2": "Euronews Arabic (Benghazi): a WFP convoy Benghazi→Kufra and a Kuwaiti aid plane (civilian, not movements); "
        "the LNA escort company Ajdabiya→Kufra via Jalu and the Sarir field (reported deploy), a landing ship Tobruk "
        "port→Benghazi port (reported), a planned battalion Tazirbu→Kufra, a denied pull-out Kufra→Benghazi and a "
        "conditional fuel shipment Ajdabiya→Kufra («هناك»); traps Dr al-Trabulsi (Tripoli), «السرير نفسه» (Sarir), "
        "«دعماً مالياً» (Mali).",
 "sk3": "Al-Taghyeer (Tina): the RSF denies moving recruits Kufra→Al Malha (denied deploy), the joint force pulls "
        "back Karb al-Tom→Tina (reported), the RSF prepares to advance on Tina (planned), Subul al-Salam would "
        "reinforce Jebel Uweinat (conditional); refugees crossing at Tina and trucks north to Libya are not "
        "movements; traps the Darfur joint force, «دارفور24», President Mahamat Idriss Déby (Idri).",
 "sk4": "Sputnik Arabic (Benghazi): an LNA airlift Al Khadim air base→Kufra airport (reported), a planned ammunition "
        "and fuel shipment Benghazi→Kufra via Ajdabiya, a conditional LNA build-up in Kufra, a denied landing of "
        "Sudanese mercenaries at Tobruk port, and an Egyptian reinforcement of East Oweinat (reported); Cairo, "
        "Tripoli's government and the Algiers meeting are speakers/venues, not movement places.",
 "sk5": "France 24 Arabic (Kufra): an LNA company Rebiana→Tazirbu via Buzayma (reported redeploy), military fuel "
        "tankers Nafoora field→Tazirbu («المدينة», reported shipment), a planned pull-back from the Chad border to "
        "Rebiana, a denied Chadian-rebel advance on Az-Zighan and a Zuwaya tribal build-up in Kufra if the army "
        "fails (conditional, actor null); refugee trucks and the habitual army cars on the road are not movements; "
        "traps «بين الواحات» (Al Wahat), France 24.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("sk1", "sk2", "sk3", "sk4", "sk5")
