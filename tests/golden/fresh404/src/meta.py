# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 # cities and datelines
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),             # G* (city row)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                               # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G* (row ربات)
 "casablanca": ("city", "MA", 33.58831, -7.61138, "Casablanca"),                        # G* (row أنفا, GeoNames 2553604)
 # airports and air bases
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت)
 "jufra_airport": ("airport", "LY", 29.19810, 16.00100, "Al Jufra Airport"),            # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "ubari_airport": ("airport", "LY", 26.567, 12.823, "Ubari Airport"),                   # K
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G (row قاعدة الويغ)
 "wigh_airport": ("airport", "LY", 24.18590, 14.53280, "Al Wigh Airport"),              # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "casa_airport": ("airport", "MA", 33.3675, -7.5900, "Mohammed V International Airport"),  # K
 # Fezzan towns
 "jufra_area": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                      # G* (Hun row: README "point near Hun/Waddan")
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),                    # G* (town row)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 # crossings, fields, regions
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G (row منفذ التوم)
 "sharara_field": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),       # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),              # G* (row الحدود الليبية الجزائرية)
 "border_dz_side": ("region", "DZ", 24.70, 9.80, "Algeria-Libya border (Algerian side)"),  # K
}

TRAPS = {
 "op1": ["بي بي سي", "الجيش الوطني الليبي", "العقيد عبد الله السبهاوي", "الخطوط الجوية الليبية"],
 "op2": ["سبوتنيك", "القيادة العامة للجيش الوطني الليبي", "وزارة الدفاع الروسية", "تشاديين"],
 "op3": ["قناة الغد", "الغد", "مبالغات", "جزائري", "اللواء طارق بن زياد المعزز", "غرفة عمليات المنطقة الجنوبية"],
 "op4": ["يورونيوز", "محمد الأوباري", "الجيش الوطني الليبي", "الأجنحة الليبية", "غرفة عمليات الجنوب الغربي"],
 "op5": ["هسبريس", "الجالية المغربية", "مغربياً", "المغاربة", "المشير خليفة حفتر", "مالي"],
}

PHEN = {
 "op1": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "vague_area", "coverage_bases"],
 "op2": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_country_capital", "border_phrase", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "op3": ["clitics", "multiword", "town_vs_district", "media_trap", "operation_trap", "common_word_trap", "nisba", "border_phrase",
         "ambiguity_country_capital", "coverage_crossings", "coverage_neighbours", "countries"],
 "op4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "coverage_bases",
         "coverage_oil"],
 "op5": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "vague_area", "town_vs_district",
         "coverage_bases", "coverage_neighbours", "countries"],
}

LNA = "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "op1": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار سبها"]),
  mv("reinforce", "reported", LNA, ["سبها"], ["أوباري"], ["الغريفة"]),
  mv("airlift", "planned", LNA, ["مطار الجفرة"], ["مطار غات"]),
  mv("advance", "conditional", LNA, [], ["مرزق"]),
  mv("withdraw", "denied", LNA, ["قاعدة تمنهنت الجوية"], ["الجفرة"]),
 ],
 "op2": [
  mv("shipment", "reported", LNA, ["قاعدة الجفرة الجوية"], ["قاعدة الويغ"], ["مطار سبها"]),
  mv("airlift", "reported", LNA, ["قاعدة تمنهنط"], ["الويغ"]),
  mv("deploy", "planned", LNA, [], ["الحدود مع النيجر"]),
  mv("reinforce", "conditional", LNA, ["القطرون"], ["منفذ التوم"]),
  mv("airlift", "denied", "Russian forces", ["الجفرة"], ["الويغ"]),
 ],
 "op3": [
  mv("airlift", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["مطار غات"]),
  mv("deploy", "reported", LNA, ["مطار غات"], ["منفذ إيسين"]),
  mv("shipment", "planned", LNA, ["مطار سبها"], ["غات"]),
  mv("withdraw", "denied", LNA, ["العوينات"], ["غات"]),
  mv("deploy", "conditional", "Algerian army", ["جانت"], ["الحدود مع ليبيا"]),
 ],
 "op4": [
  mv("withdraw", "reported", None, ["مطار أوباري"], ["جرمة"]),
  mv("deploy", "reported", LNA, ["سبها"], ["مطار أوباري"], ["الغريفة"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا"], ["مطار أوباري"]),
  mv("reinforce", "conditional", LNA, ["قاعدة براك الجوية"], ["مطار أوباري"]),
  mv("redeploy", "denied", LNA, ["مطار أوباري"], ["حقل الشرارة"]),
 ],
 "op5": [
  mv("airlift", "reported", LNA, ["قاعدة الجفرة الجوية"], ["مطار سبها"]),
  mv("redeploy", "reported", LNA, ["قاعدة براك الجوية"], ["مطار سبها"]),
  mv("withdraw", "conditional", LNA, ["مطار سبها"], ["قاعدة تمنهنت"]),
  mv("mobilise", "planned", LNA, [], ["سبها"]),
  mv("airlift", "denied", "Sudanese armed groups", ["مطار الكفرة"], ["سبها"]),
 ],
}

NOTES = {
 "op1": "BBC News Arabic, Benghazi: an Il-76 air bridge Benina air base→Sabha airport (reported), a company on by road "
        "Sabha→Ubari via Al-Ghurayfa (reported reinforce), two flights Jufra airport→Ghat airport (planned), an advance "
        "on Murzuq «إذا لم» (conditional) and a denied pull-out Tamanhint air base→Jufra; the Libyan Airlines "
        "Benghazi–Sabha suspension and stranded passengers are civil, not movements.",
 "op2": "Sputnik Arabic, Benghazi: An-26 cargo flights Jufra air base→Al-Wigh base via Sabha airport (reported "
        "shipment), a company Tamanhint (spelled تمنهنط)→Al-Wigh (reported airlift), its later deployment on the Niger "
        "border (planned, no origin written), reinforcements Al Qatrun→Toummo «في حال» (conditional) and Moscow's denial "
        "of Russian troops flown Jufra→Al-Wigh; the location sentence and civil Sabha–Tripoli flights are not moves.",
 "op3": "Alghad TV, Ghat: a military flight Tamanhint air base→Ghat airport (reported airlift), the troops on from the "
        "airport to the Isayen crossing (reported deploy), a cargo flight Sabha airport→Ghat (planned shipment), a denied "
        "pull-out Al-Awaynat→Ghat («مبالغات» is a trap containing غات) and Algeria's conditional move Djanet→the border "
        "«لن … إلا إذا»; the airport's closure and residents' road trips are not moves.",
 "op4": "Euronews Arabic, Ubari: the first civil flight Mitiga→Ubari airport (not a move), a local armed group's "
        "pull-out from the airport towards Germa (reported, actor null), an LNA force Sabha→the airport via Al-Ghurayfa "
        "(reported deploy), military police by air from Benina base (planned), reinforcements from Brak air base «في "
        "حال» (conditional) and a denied redeploy Ubari airport→Sharara field.",
 "op5": "Hespress, Rabat: C-130s Jufra air base→Sabha airport (reported airlift), a company Brak air base→the airport "
        "(reported redeploy), a pull-back to Tamanhint «بمجرد» civil flights are regular (conditional withdraw), a "
        "planned massing in Sabha and a denied airlift of Sudanese fighters Kufra airport→Sabha; the repatriation flight "
        "of Moroccan migrants Sabha→Casablanca and the migration background are not moves.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("op1", "op2", "op3", "op4", "op5")
BAR_IN_TEXT = True  # op3's headline has a literal "|" («عاجل |»)
