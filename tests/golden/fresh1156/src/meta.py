# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                               # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                              # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                              # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                     # G
 "france": ("country", "FR", 46.70829, 2.18957, "France"),                             # G
 # Europe and Russia (speakers, datelines)
 "brussels": ("city", "BE", 50.85045, 4.34878, "Brussels"),                            # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                  # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                               # G
 # Niger
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                # G (written نيامى and نيامي)
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                # G (row أغاديس, written أكاديز)
 "agadez_region": ("district", "NE", 19.42135, 10.68918, "Agadez Region"),             # G (row district:NE-1 أغاديس)
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                               # G (row ديركو, also written دركو)
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                               # G (base row ماداما)
 "kawar": ("region", "NE", 18.90000, 12.90000, "Kawar"),                               # G
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                      # G
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado plateau"),                       # G (row cur:djado, not Libyan Jadu)
 "chirfa": ("village", "NE", 20.95000, 12.33330, "Chirfa"),                            # G
 "border_ne_ly": ("region", "NE", 22.2, 13.8, "Niger-Libya border (Niger side)"),      # K
 "north_niger": ("region", "NE", 20.11996, 11.22198, "Northern Niger"),                # G
 # Libya
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),           # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                 # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                             # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                           # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                 # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),     # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                # G (row جنوب ليبيا; qro2 writes الجنوب الليبي)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                   # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                     # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                       # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),  # G* (row الحدود الليبية النيجرية)
 # Chad
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                          # G (row نجامينا, written أنجامينا)
 "adji_kossei": ("base", "TD", 12.13370, 15.03400, "Adji Kossei Air Base"),            # G
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                               # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                           # G (written فايا-لارجو, فايا, فايا لارجو)
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                 # G (row زوار, also written زُوار)
 "bardai": ("town", "TD", 21.35470, 16.99810, "Bardai"),                               # G (row برداي, written بارداي)
 "tibesti_prov": ("district", "TD", 20.30159, 16.62370, "Tibesti Province"),           # G* (row district:TD-TI تبستي)
 "tibesti_mts": ("region", "TD", 20.80000, 17.80000, "Tibesti Mountains"),             # G (row cur:tibesti تيبستي, after «جبال»)
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                      # G (row كوري بوقودي, written بوغودي)
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                # G
 "miski": ("village", "TD", 20.16670, 18.01670, "Miski"),                              # G (row مسكي, written ميسكي)
 "border_td_ly": ("region", "TD", 21.9, 17.4, "Chad-Libya border (Chad side, Tibesti)"),  # K
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                         # G
 "adre": ("town", "TD", 13.46648, 22.19875, "Adre"),                                   # G
 "adre_crossing": ("crossing", "TD", 13.47, 22.23, "Adre border crossing"),            # K
 "border_td_sd": ("region", "TD", 14.3, 22.2, "Chad-Sudan border (Chad side)"),        # K
 # Sudan
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                       # G
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                 # G
 "geneina": ("city", "SD", 13.45262, 22.44725, "Geneina"),                             # G (also written الجنينه)
 "west_darfur": ("district", "SD", 13.89425, 22.88929, "West Darfur"),                 # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),               # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                              # G
 "kabkabiya": ("town", "SD", 13.65000, 24.08333, "Kabkabiya"),                         # G
 "tina": ("town", "SD", 15.0330, 22.8180, "Tina (Sudan)"),                             # K
 # Mali and Algeria
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                               # G
 "kidal": ("town", "ML", 18.44345, 1.40921, "Kidal"),                                  # G
 "tessalit": ("village", "ML", 20.20126, 1.01186, "Tessalit"),                         # G
 "aguelhok": ("town", "ML", 19.46139, 0.85889, "Aguelhok"),                            # G
 "gao": ("city", "ML", 16.27167, -0.04472, "Gao"),                                     # G (row جاو, written كاو and غاو)
 "tinzaouaten": ("town", "ML", 19.96278, 2.88278, "Tinzaouaten"),                      # G
 "menaka": ("town", "ML", 15.91985, 2.39609, "Menaka"),                                # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                              # G
 "bbm": ("town", "DZ", 21.32500, 0.94611, "Bordj Badji Mokhtar"),                      # G
 "border_dz_ml": ("region", "DZ", 22.09206, -0.15677, "Algeria-Mali border (Algeria side)"),  # G* (row الحدود الجزائرية المالية)
}

TRAPS = {
 "qro1": ["ازويرات ميديا", "القوات المسلحة النيجرية", "الجيش الوطني الليبي", "برخان", "النيجري", "ليبي", "الليبية",
          "ليبية", "تشاديين", "الفرنسية"],
 "qro2": ["نبض البلد", "تلفزيون تشاد", "الجيش الوطني التشادي", "درع تيبستي", "الزوار الأجانب",
          "جبهة التناوب والوفاق في تشاد", "إدريس ديبي إتنو", "التشادية", "التشادي", "تشادي", "الليبية", "ليبية",
          "الفرنسية"],
 "qro3": ["موريتانيا 13", "القوات المسلحة السودانية", "الجيش السوداني", "الدعم السريع", "قوات الدعم السريع",
          "الجيش الوطني الليبي", "السوداني", "التشادية", "الفرنسية"],
 "qro4": ["الزهرة أنفو", "القوات المسلحة المالية", "الفيلق الإفريقي", "فاغنر", "جبهة تحرير أزواد",
          "تحالف دول الساحل", "الدعم المالي", "المالي", "مالية", "الشمالي", "الجزائري", "الروسي",
          "الفرنسية"],
 "qro5": ["إفي", "لوموند", "الفيلق الإفريقي", "تحالف دول الساحل", "روسية", "الليبية", "فرنسية", "التشادية",
          "الأوروبية", "الأوروبي", "الشمالية"],
}

PHEN = {
 "qro1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "border_phrase",
          "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qro2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "qro3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qro4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "qro5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qro1": [
  mv("reinforce", "reported", "Nigerien army", ["أكاديز"], ["دركو"]),
  mv("redeploy", "planned", "Nigerien army", ["ديركو"], ["قاعدة ماداما"]),
  mv("withdraw", "conditional", "Nigerien army", ["جادو", "شيرفا"], []),
  mv("advance", "denied", "Libyan National Army", [], ["ماداما"], ["منفذ التوم"]),
 ],
 "qro2": [
  mv("reinforce", "reported", "Chadian army", ["فايا-لارجو"], ["زوار"]),
  mv("redeploy", "planned", "Chadian army", ["زوار"], ["بارداي"]),
  mv("advance", "conditional", "Chadian army", [], ["الحدود مع ليبيا"]),
  mv("advance", "denied", "Chadian army", [], ["القطرون"]),
  mv("withdraw", "reported", "Chadian armed groups", ["كوري بوغودي"], ["الجنوب الليبي"]),
 ],
 "qro3": [
  mv("reinforce", "reported", "Sudanese armed groups", ["نيالا"], ["الجنينة"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["كبكابية"]),
  mv("deploy", "denied", "Foreign fighters", ["الكفرة"], ["المالحة"], ["مثلث العوينات"]),
  mv("airlift", "planned", "Sudanese army", ["بورتسودان"], ["الطينة"]),
  mv("advance", "conditional", "Sudanese armed groups", ["الجنينة"], ["الطينة"]),
  mv("shipment", "denied", None, ["أم جرس"], ["الجنينة"], ["أدري"]),
 ],
 "qro4": [
  mv("reinforce", "reported", None, ["كيدال"], ["تساليت"]),
  mv("airlift", "reported", "Russian forces", ["كاو"], ["أغيلهوك"]),
  mv("deploy", "planned", None, [], ["تينزاواتين"]),
  mv("shipment", "denied", None, ["جنوب ليبيا"], ["كيدال"], ["شمال النيجر"]),
  mv("reinforce", "conditional", "Algerian army", [], ["برج باجي مختار", "الحدود مع مالي"]),
 ],
 "qro5": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["نيامي"], ["قاعدة براك الجوية"]),
  mv("redeploy", "planned", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة الويغ"]),
  mv("redeploy", "denied", "Russian forces", ["ليبيا"], ["مالي"]),
  mv("redeploy", "planned", "Chadian army", ["أبشي"], ["فايا لارجو"]),
  mv("deploy", "conditional", None, [], ["أنجامينا"]),
 ],
}

NOTES = {
 "qro1": "Mauritanian regional site (Zouerate Media) translating a Nigerien government communiqué from Niamey: army "
         "reinforcements Agadez (written أكاديز)→Dirkou (written دركو), a planned rapid-intervention unit Dirkou "
         "(written ديركو)→Madama base, the army's conditional pull-out from the Djado plateau and Chirfa («لن يسحب ... "
         "إلا إذا»), and the denied entry of an LNA column via the Toummo crossing towards Madama (actor LNA); the "
         "headline repeats the moves, the French Barkhane base at Madama is past background, the migrants deported "
         "Sabha→Dirkou and gold miners flocking to Djado are civilian, Qatrun is only the place of a report, «الحدود "
         "مع ليبيا» only locates Madama; جادو here is Niger's Djado plateau, not Libyan Jadu; ازويرات (Zouerat) only "
         "inside the outlet name.",
 "qro2": "Jordanian daily (Nabd Al-Balad) translating a Chadian army communiqué: army units Faya-Largeau (written "
         "فايا-لارجو)→Zouar (written زوار, headline زُوار), a planned armoured company Zouar→Bardai (written بارداي), "
         "a conditional advance to the border with Libya (Chad side; Wour and Miski only in the condition), a denied "
         "crossing towards Al-Qatrun and FACT rebels (Chadian armed groups) withdrawing from near Kouri Bougoudi to "
         "southern Libya; gold miners leaving Kouri Bougoudi for Faya are civilian; Tripoli and Benghazi are "
         "governments; «الزوار الأجانب» (foreign visitors) holds زوار; «درع تيبستي» is an operation name.",
 "qro3": "Mauritanian site (Mauritania13) translating a Sudanese army statement from Port Sudan: RSF reinforcements "
         "Nyala→Geneina (headline الجنينه), RSF fighters massing around Kabkabiya, foreign mercenaries' columns "
         "Kufra→Al-Malha via the Uweinat triangle (accused by the army, denied by the RSF and the LNA → denied, actor "
         "Foreign fighters), a planned army airlift Port Sudan→Tina, the RSF's conditional advance Geneina→Tina, and "
         "Chad's denial of arms shipments Amdjarass→Geneina via Adré; the 2023 flight of Masalit to Chad is past "
         "background, refugees Geneina→Adré across the border with Sudan are civilian, North Darfur is only a purpose, "
         "Benghazi the denying command.",
 "qro4": "Mauritanian site (Ezahra Info) translating a Malian government communiqué from Bamako: Malian army "
         "reinforcements Kidal→Tessalit (actor null: the Malian army has no label), Russian Africa Corps airlifted Gao "
         "(written كاو)→Aguelhok, a planned Malian battalion to Tinzaouaten, denied arms-and-fighters shipments "
         "southern Libya→Kidal via northern Niger (denied by the Azawad Liberation Front), and Algeria's conditional "
         "reinforcement of Bordj Badji Mokhtar and the border with Mali; the WFP trucks Gao (written غاو)→Ménaka are "
         "civilian, the 2024 battle and the 2025 drone are background; «الدعم المالي» is financial support, «البيان "
         "المالي» the Malian statement.",
 "qro5": "Spanish agency's Arabic service (EFE, Brussels) on EU and French statements: Russian military cargo flights "
         "Al-Khadim base→Niamey via Brak air base (reported), a planned Russian move of air-defence systems Jufra air "
         "base→Al-Wigh base (150 km from the border with Niger: distance only), Moscow's denial of moving Russian "
         "units Libya→Mali, Chad's planned battalion Abéché→Faya-Largeau and France's conditional return to N'Djamena "
         "(actor null); France's 2025 withdrawal from Adji Kossei is past background; Tripoli and Benghazi are "
         "authorities.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qro1", "qro2", "qro3", "qro4", "qro5")
