# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                      # G
 "car": ("country", "CF", 6.61471, 20.63269, "Central African Republic"),               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russian Federation"),                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "usa": ("country", "US", 37.24635, -99.69832, "United States"),                        # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # shared cities
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                # G
 # shared bases / regions
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 # vx1 Mali and the flight logs (France 24)
 "tessalit": ("town", "ML", 20.20126, 1.01186, "Tessalit"),                             # G (gazetteer kind village)
 "bamako_airport": ("airport", "ML", 12.5335, -7.9499, "Bamako-Senou (Modibo Keita) Airport"),  # K
 "kidal": ("town", "ML", 18.44345, 1.40921, "Kidal"),                                   # G
 "gao": ("city", "ML", 16.27167, -0.04472, "Gao"),                                      # G (gazetteer spelling جاو)
 "timbuktu": ("town", "ML", 16.77348, -3.00742, "Timbuktu"),                            # G
 "tinzaouatine": ("town", "DZ", 19.95333, 2.96667, "Tin Zaouatine"),                    # G
 "border_dz_ml": ("region", "DZ", 22.09206, -0.15677, "Algeria-Mali border (Algerian side)"),  # G* (row الحدود الجزائرية المالية)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 # vx2 Al-Jufra, Brak and Maaten al-Sarra (Al-Quds Al-Arabi)
 "jufra_dist": ("district", "LY", 29.14, 16.04, "Al Jufra (district)"),                 # K (README: point near Hun/Waddan)
 "sokna": ("town", "LY", 29.06941, 15.78266, "Suknah"),                                 # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "brak_mun": ("district", "LY", 27.54956, 14.27139, "Brak al-Shati municipality"),      # G* (town row)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 # vx3 Niger and Burkina Faso (Monte Carlo Doualiya)
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "niamey_airport": ("airport", "NE", 13.48150, 2.18361, "Diori Hamani International Airport"),  # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "ouaga": ("city", "BF", 12.36566, -1.53388, "Ouagadougou"),                            # G
 "fada": ("town", "BF", 12.0614, 0.3581, "Fada N'Gourma"),                              # K
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "agadez_reg": ("district", "NE", 19.42135, 10.68918, "Agadez Region"),                 # G
 "border_ne_ly": ("region", "NE", 22.9, 13.5, "Niger-Libya border (Niger side)"),       # K
 # vx4 Kufra, Bangui, N'Djamena and Darfur (Al-Qahera News)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra district"),             # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "bangui": ("city", "CF", 4.36122, 18.55496, "Bangui"),                                 # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (gazetteer city spelling نجامينا)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                     # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle (Jebel Uweinat)"),  # G* (row مثلث العوينات)
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "border_eg_sd": ("region", "EG", 22.22287, 31.25544, "Egypt-Sudan border (Egyptian side)"),  # G* (row الحدود المصرية السودانية)
 # vx5 Tartus to Tobruk (Nidaa al-Watan)
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "latakia": ("city", "SY", 35.53125, 35.79088, "Latakia"),                              # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "central_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة, names include الشرق الليبي)
}

TRAPS = {
 "vx1": ["فرانس 24", "روسياً", "الفيلق الأفريقي", "مصادر أمنية مالية", "الجيش المالي", "ضائقة مالية", "ضابط مالي",
         "جبهة تحرير أزواد", "للجيش الوطني الليبي", "تحالف دول الساحل", "الجيش الجزائري", "مسيّرة مالية"],
 "vx2": ["القدس العربي", "إدريس الحضيري", "للجيش الوطني الليبي", "الفيلق الأفريقي", "للطائرات الروسية"],
 "vx3": ["مونت كارلو الدولية", "إذاعة فرنسا الدولية", "الفيلق الأفريقي", "للجيش الوطني الليبي", "الجيش النيجري",
         "تحالف دول الساحل", "القوات الفرنسية", "السفارة الروسية", "البوركينية"],
 "vx4": ["القاهرة الإخبارية", "الفيلق الأفريقي", "الرئيس التشادي", "محمد إدريس ديبي", "للجيش الوطني الليبي",
         "سبل السلام", "قوات الدعم السريع", "الجيش السوداني"],
 "vx5": ["نداء الوطن", "الشاطئ اللبناني", "من الشاطئ", "الجيش اللبناني", "الكرملين"],
}

PHEN = {
 "vx1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "vx2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "vx3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "vx4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "vx5": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


RF, LNA = "Russian forces", "Libyan National Army"

MOVES = {
 "vx1": [
  mv("airlift", "reported", RF, ["قاعدة حميميم"], ["مطار باماكو"], ["قاعدة الخادم"]),
  mv("reinforce", "planned", RF, ["باماكو"], ["كيدال"], ["غاو"]),
  mv("withdraw", "denied", RF, ["تساليت"], ["غاو"]),
  mv("airlift", "conditional", RF, ["قاعدة الجفرة"], ["تمبكتو"]),
 ],
 "vx2": [
  mv("redeploy", "reported", RF, ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"], ["سوكنة"]),
  mv("withdraw", "planned", RF, ["حقل الشرارة"], ["براك"]),
  mv("deploy", "planned", LNA, [], ["حقل الشرارة"]),
  mv("reinforce", "denied", RF, ["قاعدة الخادم"], ["قاعدة معطن السارة"]),
  mv("advance", "conditional", LNA, ["سبها"], ["القطرون"]),
 ],
 "vx3": [
  mv("airlift", "reported", RF, ["قاعدة براك"], ["مطار نيامي"], ["ديركو"]),
  mv("deploy", "planned", RF, ["نيامي"], ["واغادوغو"], ["فادا نغورما"]),
  mv("mobilise", "denied", RF, [], ["القطرون"]),
  mv("advance", "conditional", RF, [], ["أغاديس"]),
 ],
 "vx4": [
  mv("airlift", "reported", RF, ["قاعدة الخادم"], ["بانغي"], ["مطار الكفرة"]),
  mv("airlift", "planned", RF, ["قاعدة معطن السارة"], ["إنجامينا"]),
  mv("shipment", "denied", LNA, ["الكفرة"], ["دارفور"], ["المثلث الحدودي"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["المثلث الحدودي"]),
  mv("withdraw", "conditional", "Sudanese armed groups", ["المثلث الحدودي"], ["الفاشر"]),
 ],
 "vx5": [
  mv("naval_landing", "reported", RF, ["طرطوس"], ["قاعدة طبرق البحرية"]),
  mv("naval_landing", "planned", RF, ["طرطوس"], ["قاعدة طبرق البحرية"]),
  mv("withdraw", "planned", RF, ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("redeploy", "conditional", RF, ["طبرق"], ["مالي"]),
  mv("shipment", "denied", RF, ["اللاذقية"], ["قاعدة الجفرة"]),
  mv("redeploy", "reported", RF, ["سوريا"], ["ليبيا"]),
 ],
}

NOTES = {
 "vx1": "France 24 flight-log story: Il-76s Khmeimim→Bamako airport with a refuelling stop at Al-Khadim (via); a planned "
        "armoured company Bamako→Kidal via Gao to reinforce the garrison; Moscow (Zakharova, speaking in Moscow) denies a "
        "pull-out Tessalit→Gao; a conditional second airlift Al-Jufra base→Timbuktu (Gao and Kidal only in the condition). "
        "Benghazi, Algiers, Tin Zaouatine and the border with Mali are not movement places; مالي/مالية as 'financial' and "
        "as the nisba 'Malian', and روسياً 'Russian' (adverb), are traps.",
 "vx2": "Al-Quds Al-Arabi: a Russian convoy Al-Jufra air base→Brak air base, passing through Sokna ('مرّ بالبلدة', the "
        "witnesses' town → via); Russians guarding Sharara to pull back to Brak (planned) and an LNA battalion to deploy in "
        "the field ('في الحقل' → Sharara) in their place; the LNA in Benghazi denies reinforcing Maaten al-Sarra with Russian "
        "jets and air defences from Al-Khadim; an LNA battalion 'will not advance from the city [Sabha] towards Al-Qatrun "
        "unless' (conditional; Tummo only in the condition). Idri is a distance reference; Mali, Niger, Burkina Faso are "
        "named without a movement.",
 "vx3": "Monte Carlo Doualiya (Paris): two Il-76s Brak base→Niamey airport via Dirkou; a planned group Niamey→Ouagadougou "
        "by road via Fada N'Gourma to deploy there; the LNA in Benghazi denies a Russian massing at Al-Qatrun (Tummo '300 "
        "km' away is a distance reference); a conditional Russian advance towards Agadez. 'القوات الأجنبية لا تتحرك في "
        "ليبيا' is a general statement, not a movement; the Agadez region and the border with Libya and Algeria are "
        "description only.",
 "vx4": "Al-Qahera News (Benghazi): six Russian cargo flights Al-Khadim→Bangui with a fuel stop at Kufra airport; a planned "
        "airlift Maaten al-Sarra→N'Djamena; the LNA denies weapons/fuel shipments Kufra→Darfur via the border triangle; "
        "satellite images show an RSF massing in the triangle (reported); the RSF 'will not pull out of it towards El Fasher "
        "unless' (conditional; North Darfur only in the condition). Al-Marj locates the base; Cairo, Egypt and the border "
        "with Sudan are context.",
 "vx5": "Nidaa al-Watan (Beirut): fishermen of Tripoli (Lebanon) sight a Russian convoy (speaker place, not via); a landing "
        "Tartus→Tobruk naval base (reported; Hariga port only locates the base) and a third ship planned on the same route; "
        "a planned pull-out of the last aircraft Khmeimim→Al-Khadim; a conditional transfer Tobruk→Mali if Bamako asks "
        "(Bamako only in the condition); the Kremlin (Peskov, in Moscow) denies moving S-400s Latakia→Al-Jufra base "
        "(shipment); background: Russia moved much of its equipment Syria→Libya since Dec 2024 (reported redeploy). "
        "طرابلس الغرب is the Libyan capital.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("vx1", "vx2", "vx3", "vx4", "vx5")
