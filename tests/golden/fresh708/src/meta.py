# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 # shared
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "matan_sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),         # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G (row جنوب ليبيا; G* for الجنوب الليبي)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 # qah1 Borkou, Ounianga and Ennedi (Al-Quds Al-Arabi)
 "ounianga_kebir": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                # G
 "ounianga_serir": ("town", "TD", 18.91670, 20.86670, "Ounianga Serir"),                # G
 "borkou": ("district", "TD", 18.98295, 18.31207, "Borkou province"),                   # G
 "north_td": ("region", "TD", 18.20680, 19.78454, "Northern Chad"),                     # G
 "border_td_ly": ("region", "TD", 20.8, 20.4, "Chad-Libya border (Chadian side)"),      # K
 "faya_mun": ("district", "TD", 17.92570, 19.10428, "Faya-Largeau commune"),            # G* (town row)
 "adji_kossei": ("base", "TD", 12.13370, 15.03400, "Adji Kossei Air Base"),             # G
 "fada": ("town", "TD", 17.19186, 21.58081, "Fada"),                                    # G
 "ennedi": ("region", "TD", 17.04167, 21.86278, "Ennedi"),                              # G
 # qah2 Tibesti (Asharq Al-Awsat)
 "aozou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                  # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                                # G
 "tibesti_prov": ("district", "TD", 20.80000, 17.80000, "Tibesti province"),            # G* (row تيبستي, region)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "ndj_airport": ("airport", "TD", 12.13370, 15.03400, "N'Djamena International Airport"),  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 # qah3 Ennedi-Est and the Sudan border (Al-Sudani)
 "tine": ("town", "TD", 15.02528, 22.80222, "Tine"),                                    # G
 "tina_sd": ("town", "SD", 15.030, 22.815, "Tina (Sudan)"),                             # K
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                          # G
 "amdjarass_mun": ("district", "TD", 16.06666, 22.83536, "Amdjarass commune"),          # G* (town row)
 "border_td_sd": ("region", "TD", 15.25834, 22.83250, "Chad-Sudan border (Chadian side)"),  # G* (row الحدود التشادية السودانية)
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                # G
 "iriba": ("town", "TD", 15.11667, 22.25000, "Iriba"),                                  # G
 "n_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                    # G* (row شمال دارفور)
 "triangle": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "adre_crossing": ("crossing", "TD", 13.46648, 22.19875, "Adre border crossing"),       # G* (town row أدري)
 "east_td": ("region", "TD", 15.37168, 20.30227, "Eastern Chad"),                       # G
 # qah4 Lake Chad, Kanem and Bahr el Ghazal (Al-Jarida)
 "kanem": ("district", "TD", 15.03933, 15.02364, "Kanem province"),                     # G
 "bol": ("town", "TD", 13.459, 14.715, "Bol"),                                          # K
 "lake_chad": ("region", "TD", 13.30000, 14.40000, "Lake Chad"),                        # G
 "bagasola": ("town", "TD", 13.530, 14.320, "Baga Sola"),                               # K
 "mao": ("town", "TD", 14.119, 15.313, "Mao"),                                          # K
 "moussoro": ("town", "TD", 13.641, 16.490, "Moussoro"),                                # K
 "bahr_ghazal": ("district", "TD", 14.69454, 16.94389, "Bahr el Ghazal province"),      # G
 "border_td_ne": ("region", "TD", 18.29873, 15.71166, "Chad-Niger border (Chadian side)"),  # G* (row الحدود التشادية النيجرية)
 # qah5 the neighbours' meeting and the Fezzan (Akhbar Al-Yawm)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
}

TRAPS = {
 "qah1": ["الجيش التشادي", "التشادية", "القدس العربي", "تلفزيون تشاد", "الليبية", "محمد إدريس ديبي"],
 "qah2": ["درع تيبستي", "تشادية", "تشادي", "الشرق الأوسط", "الجيش التشادي", "الزوار", "الجيش الوطني الليبي"],
 "qah3": ["السوداني", "السودانية", "تشادي", "الجيش التشادي", "القوة المشتركة لحركات دارفور", "التشادية", "الليبية",
          "محمد إدريس ديبي"],
 "qah4": ["الجريدة", "التشادي", "وكالة الأنباء التشادية", "جبهة التناوب والوفاق في تشاد", "جبهة التناوب",
          "مالي", "محمد إدريس ديبي", "إدريس ديبي إتنو"],
 "qah5": ["أخبار اليوم", "التشاديين", "تشاديون", "مصري", "الجيش الوطني الليبي", "الجيش التشادي", "عبد الرحمن الفزاني"],
}

PHEN = {
 "qah1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_neighbours", "countries"],
 "qah2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "border_phrase", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qah3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qah4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
          "coverage_neighbours", "countries"],
 "qah5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


CAG = "Chadian armed groups"  # the only Chadian actor in the canonical list: used for the Chadian army and the rebels
LNA = "Libyan National Army"
SAG = "Sudanese armed groups"

MOVES = {
 "qah1": [
  mv("reinforce", "reported", CAG, ["فايا لارجو"], ["أونيانغا الكبير"]),
  mv("advance", "conditional", CAG, ["أونيانغا الكبير"], ["الحدود مع ليبيا"]),
  mv("airlift", "planned", CAG, ["قاعدة أدجي كوسي الجوية"], ["فادا"]),
  mv("withdraw", "denied", CAG, ["أونيانغا الصغير"], ["فايا"]),
  mv("mobilise", "reported", CAG, [], ["قاعدة معطن السارة"]),
 ],
 "qah2": [
  mv("redeploy", "reported", CAG, ["برداي"], ["أوزو"]),
  mv("shipment", "reported", CAG, ["فايا"], ["زوار"]),
  mv("airlift", "planned", CAG, ["مطار إنجامينا"], ["برداي"]),
  mv("withdraw", "denied", CAG, ["تيبستي"], ["القطرون"]),
  mv("reinforce", "conditional", LNA, ["سبها"], ["القطرون", "منفذ التوم"]),
 ],
 "qah3": [
  mv("deploy", "reported", CAG, ["أم جرس"], ["تيني"]),
  mv("airlift", "conditional", CAG, ["أبشي"], ["أم جرس"]),
  mv("withdraw", "planned", SAG, ["الطينة"], ["ولاية شمال دارفور"]),
  mv("shipment", "denied", SAG, ["الكفرة"], ["المثلث الحدودي"], ["قاعدة معطن السارة"]),
 ],
 "qah4": [
  mv("naval_landing", "reported", CAG, ["باغا سولا"], ["بول"]),
  mv("advance", "reported", CAG, ["جنوب ليبيا"], ["ولاية كانم"], ["النيجر"]),
  mv("redeploy", "reported", CAG, ["بول"], ["ماو"]),
  mv("mobilise", "reported", CAG, [], ["موسورو"]),
  mv("naval_landing", "planned", CAG, ["باغا سولا"], ["بول"]),
  mv("withdraw", "conditional", CAG, [], ["بحيرة تشاد"]),
  mv("advance", "denied", CAG, ["الحدود مع النيجر"], ["ماو"]),
 ],
 "qah5": [
  mv("withdraw", "reported", CAG, ["حقل الفيل"], ["الحدود مع تشاد"]),
  mv("deploy", "reported", LNA, ["سبها"], ["حقل الفيل"]),
  mv("deploy", "planned", CAG, ["فايا لارجو"], ["كوري بوقودي"]),
  mv("withdraw", "conditional", CAG, ["تجرهي"]),
  mv("airlift", "denied", LNA, ["قاعدة الجفرة الجوية"], ["مطار سبها"]),
 ],
}

NOTES = {
 "qah1": "Al-Quds Al-Arabi from N'Djamena: a Chadian army reinforcement Faya-Largeau→Ounianga Kebir, a conditional "
         "advance from Ounianga Kebir to the border with Libya ('200 km north' adds no place), a planned airlift Adji "
         "Kossei air base→Fada (Ennedi only locates Fada), a denied evacuation Ounianga Serir→Faya, and the UFR's "
         "reported massing at Maaten al-Sarra base (Kufra only the source of the report). N'Djamena (dateline, "
         "signatory), Tripoli (GNU seat), Borkou, the Faya commune and northern Chad are not movement places.",
 "qah2": "Asharq Al-Awsat: a battalion Bardai→Aozou (Tibesti province only locates Aozou; «درع تيبستي» is an "
         "operation-name trap), a fuel-and-ammunition convoy Faya→Zouar ('الزوار' = visitors is a trap), a planned "
         "airlift N'Djamena airport→Bardai, the CCMSR's denied pull-out Tibesti→Al Qatrun (southern Libya only locates "
         "Al Qatrun; the Sharara field only in a second denial about guard jobs, no movement), and an LNA conditional "
         "reinforcement Sabha→Al Qatrun and the Toummo crossing (the border with Chad is the condition).",
 "qah3": "Al-Sudani from Port Sudan: the Chadian army deploys Amdjarass→Tine ('3 km from the border with Sudan' is a "
         "position, not a destination), a conditional airlift Abeche→Amdjarass if fighting nears Iriba (Iriba only the "
         "condition), the Darfur joint force's planned pull-back from Tina (Sudan) into North Darfur, and the RSF's "
         "denied weapons shipment Kufra→the border triangle via Maaten al-Sarra. Aid trucks through the Adre crossing "
         "and refugees into eastern Chad are civilian flows, not movements.",
 "qah4": "Al-Jarida (agencies): army boats land 300 soldiers Baga Sola→Bol (Lake Chad only locates Bol there), "
         "reported infiltration southern Libya→Kanem province via Niger, a truck move Bol→Mao, massing in Moussoro "
         "('140 km' from Mao is a distance), a planned second landing Baga Sola→Bol, a conditional return to the "
         "Lake Chad islands (Kanem only the condition) and FACT's denied advance from the Niger border to Mao. Kuwait "
         "(a presidential visit) and Libya (camps, no movement) are not movement places.",
 "qah5": "Akhbar Al-Yawm from Cairo: CCMSR fighters leave the El Feel field for the border with Chad, an LNA force "
         "Sabha→the field ('مواقعهم في الحقل' resolved to حقل الفيل), a planned Chadian deployment Faya-Largeau→Kouri "
         "Bougoudi, a conditional departure from Tajarhi, and a denied LNA airlift Al Jufra air base→Sabha airport. "
         "Algiers (venue), Algeria (sponsor), Cairo, Murzuq (constituency), Tripoli and the listed countries are not "
         "movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qah1", "qah2", "qah3", "qah4", "qah5")
