# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                   # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                     # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 # Libya: Kufra and the south-east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                      # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),                 # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                   # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                   # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                                  # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                  # G
 "jebel_uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                           # K
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),         # G (مثلث العوينات)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),               # G / G* (tl4)
 # Libya: the road north
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                           # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                                # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                        # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                    # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                        # G
 "sarir_ref": ("oilfield", "LY", 27.66240, 22.50860, "Sarir refinery"),                     # G* (field row)
 # Sudan
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                   # G
 "karb": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                               # G
 "howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                               # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                    # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                                 # G
 "tina": ("town", "SD", 15.03, 22.83, "Tina (Sudan)"),                                      # K
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                         # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                  # G
 "border_sd_ly": ("region", "SD", 19.80, 24.60, "Sudan-Libya border (Sudanese side)"),     # K
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                             # G
 "portsudan_port": ("crossing", "SD", 19.615, 37.225, "Port of Port Sudan"),                 # K
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                                  # G
 "dongola_airport": ("airport", "SD", 19.1539, 30.4300, "Dongola Airport"),                 # K
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),                # G
 "dabba": ("town", "SD", 18.05, 30.95, "Al Dabbah"),                                        # K
 "merowe": ("town", "SD", 18.48330, 31.81670, "Merowe"),                                    # G
 "atbara": ("city", "SD", 17.70217, 33.98638, "Atbara"),                                    # G
 "atrun": ("village", "SD", 18.18, 26.60, "Al Atrun oasis"),                                # K
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                                # G* (row خرطوم)
 "argeen": ("crossing", "SD", 22.00000, 31.25000, "Argeen land port"),                      # G
 "wadi_halfa": ("town", "SD", 21.79577, 31.37129, "Wadi Halfa"),                            # G (row وادى حلفا)
 # Egypt
 "east_oweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                        # G* (airport row)
 "eo_airport": ("airport", "EG", 22.58570, 28.71660, "Shark El Oweinat International Airport"),  # G
 "new_valley": ("district", "EG", 24.79939, 28.92955, "New Valley Governorate"),            # G
 "aswan": ("city", "EG", 24.09082, 32.89942, "Aswan"),                                      # G
 "abu_simbel": ("town", "EG", 22.34570, 31.61624, "Abu Simbel"),                            # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 "cairo_west": ("base", "EG", 30.116, 30.915, "Cairo West Air Base"),                       # K
 "border_eg_sd": ("region", "EG", 22.10, 28.50, "Egypt-Sudan border (near East Oweinat)"),  # K
}

S, LNA, EGA = "Sudanese armed groups", "Libyan National Army", "Egyptian army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "tl1": ["راديو دبنقا", "القوة المشتركة لحركات دارفور", "أحمد حسين الفاشري", "الأراضي الليبية"],
 "tl2": ["دارفور24", "للجيش السوداني", "عثمان الدنقلاوي", "الأراضي التشادية"],
 "tl3": ["التغيير", "وزارة الخارجية السودانية", "القيادة العامة", "لواء طارق بن زياد", "الدوريات الليبية",
         "الشأن السوداني", "سلمى الإدريسي", "نظيره الجزائري"],
 "tl4": ["بوابة إفريقيا الإخبارية", "لواء طارق بن زياد", "كتيبة سبل السلام", "شارع السودان", "عبد الله الإدريسي",
         "لاجئ سوداني", "المعارك السودانية", "الواحات المجاورة"],
 "tl5": ["صدى البلد", "الاتجاه الاستراتيجي الجنوبي الغربي", "قوات مصرية", "الأراضي الليبية", "البحرية المصرية", "الدولة المصرية", "السودانيين",
         "سمير الأسواني"],
}

PHEN = {
 "tl1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "border_phrase",
         "vague_area", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "tl2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "vague_area",
         "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "tl3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_neighbours",
         "countries"],
 "tl4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "border_phrase", "vague_area", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_neighbours", "countries"],
 "tl5": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "border_phrase", "vague_area", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
}

MOVES = {
 "tl1": [
  mv("reinforce", "reported", S, ["المالحة"], ["كرب التوم"], ["وادي هور"]),
  mv("advance", "planned", S, ["الطينة"], ["كرب التوم"]),
  mv("deploy", "denied", S, [], ["جبل العوينات"]),
  mv("deploy", "conditional", LNA, ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("mobilise", "reported", S, [], ["مليط"]),
 ],
 "tl2": [
  mv("airlift", "reported", None, ["بورت سودان"], ["مطار دنقلا"]),
  mv("advance", "planned", None, ["الدبة"], ["العطرون", "وادي هور"]),
  mv("reinforce", "conditional", None, ["مروي"], ["الدبة"]),
  mv("withdraw", "reported", S, ["العطرون"], ["المالحة"]),
  mv("withdraw", "denied", S, [], ["ليبيا", "الكفرة"]),
  mv("shipment", "reported", None, ["عطبرة"], ["الدبة"]),
 ],
 "tl3": [
  mv("shipment", "denied", LNA, ["الكفرة"], ["كرب التوم", "مليط", "الفاشر"], ["مثلث العوينات"]),
  mv("withdraw", "reported", LNA, ["جبل العوينات"], ["الكفرة"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("redeploy", "reported", S, ["كرب التوم"], ["جبل العوينات"]),
  mv("mobilise", "reported", S, [], ["الطينة"]),
  mv("advance", "conditional", S, ["الطينة"], ["الحدود الليبية السودانية"]),
  mv("naval_landing", "reported", "Russian forces", ["طبرق"], ["ميناء بورتسودان"]),
 ],
 "tl4": [
  mv("reinforce", "reported", LNA, ["بنغازي"], ["الكفرة"], ["أجدابيا", "جالو"]),
  mv("deploy", "planned", LNA, [], ["ربيانة"]),
  mv("withdraw", "denied", LNA, ["قاعدة معطن السارة"], []),
  mv("redeploy", "conditional", LNA, ["تازربو"], ["الكفرة"]),
 ],
 "tl5": [
  mv("reinforce", "reported", EGA, ["أسوان"], ["شرق العوينات"], ["أبو سمبل"]),
  mv("advance", "reported", S, ["كرب التوم"], ["المثلث الحدودي"]),
  mv("airlift", "planned", EGA, ["قاعدة غرب القاهرة الجوية"], ["مطار شرق العوينات"]),
  mv("advance", "conditional", EGA, [], ["الحدود مع السودان"]),
  mv("deploy", "denied", EGA, [], ["جبل العوينات"]),
  mv("naval_landing", "denied", EGA, [], ["ميناء بورتسودان"]),
 ],
}

NOTES = {
 "tl1": "Radio Dabanga style, Kufra dateline: RSF reinforcement Al Malha→Karb al-Tom via Wadi Howar (reported, headline "
        "repeats it); the joint force's planned advance Tina→Karb al-Tom; RSF denial of a deployment to Jebel Uweinat; "
        "Subul al-Salam's conditional company Kufra→Maaten al-Sarra («إذا»). Smuggled-fuel trucks Kufra→Al Malha/Mellit and "
        "refugee trucks Karb al-Tom/Mellit→Kufra use the same track and are not movements; «قرب الحدود مع ليبيا» only "
        "locates Karb al-Tom; «المثلث الحدودي» is inside a purpose clause.",
 "tl2": "Darfur24 style, Al Dabbah dateline: Sudanese army (actor null) airlift Port Sudan→Dongola airport (headline «إلى "
        "دنقلا» is the same move), a planned advance Al Dabbah→Al Atrun then Wadi Howar, a conditional battalion "
        "Merowe→Al Dabbah («إذا»); RSF withdrawal Al Atrun→Al Malha (reported flashback) and the RSF denial of a "
        "withdrawal to Libya/Kufra. «بين شمال دارفور والحدود الليبية السودانية» describes supply lines, not a destination; "
        "fuel trucks Kufra→Al Dabbah via Al Atrun and displaced families from Mellit are not movements; drone strikes are not "
        "movements.",
 "tl3": "Altaghyeer style, Port Sudan dateline: the Sudanese foreign ministry's charge that Subul al-Salam (LNA) escorted "
        "fuel/ammunition convoys Kufra→Karb al-Tom via the Uweinat triangle, some reaching Mellit and El Fasher, denied by "
        "the LNA in the next paragraph (one shipment, denied); an LNA pull-back Jebel Uweinat→Kufra (reported); a planned "
        "airlift Benina air base→Kufra airport; an RSF redeploy Karb al-Tom→Jebel Uweinat (reported); the joint force's "
        "conditional advance to the Libya–Sudan border («إذا»). Metonymic بورتسودان/بنغازي/الخرطوم stay gold cities.",
 "tl4": "Afrigate News style, Kufra dateline: a Tariq bin Ziyad (LNA) reinforcement Benghazi→Kufra via Ajdabiya and Jalu "
        "(reported, headline repeats it), a planned deployment to Rebiana (no origin written), a denied pull-out from "
        "Maaten al-Sarra, a conditional move Tazirbu→Kufra («في حال»). The remaining units «ستبقى» in the city; seized fuel "
        "trucks Kufra→the triangle and refugee trucks from Karb al-Tom/Al Malha are not movements; «شارع السودان» is a "
        "street; «العوينات» alone is Jebel Uweinat, not the Fezzan town.",
 "tl5": "Sada El Balad style, Aswan dateline: an Egyptian border-guard reinforcement Aswan→East Oweinat via Abu Simbel "
        "(reported), reported RSF elements Karb al-Tom→near the triangle, a planned Saiqa airlift Cairo West air base→East "
        "Oweinat airport, a conditional advance to the border with Sudan («في حال»), and the denied crossing to Jebel "
        "Uweinat (headline «إلى ليبيا» is the same move). Refugees to Aswan via Argeen, gold miners' and fuel trucks between "
        "Wadi Halfa and East Oweinat are not movements; «بين مصر وليبيا والسودان» only locates the triangle.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("tl1", "tl2", "tl3", "tl4", "tl5")
