# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # cities and datelines used in several articles
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 # kr1 Sabha
 "samnu": ("town", "LY", 27.27459, 14.88190, "Samnu"),                                  # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),            # G (row قاعدة تمنهنت)
 "tamanhint": ("town", "LY", 27.25000, 14.65000, "Tamanhint"),                          # K (village by the base)
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "sabha_castle": ("base", "LY", 27.03766, 14.42832, "Sabha Castle (Fort Elena)"),       # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # kr2 Murzuq
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "south_west_ly": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),          # G* (row الجنوب الغربي)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),            # G* (row الحدود الليبية النيجرية)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # kr3 Djanet / Ghat
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G (gazetteer kind kept)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_wilaya": ("district", "DZ", 26.97285, 7.86520, "Illizi province"),             # G
 "border_dz_ly": ("region", "DZ", 24.70, 9.85, "Algeria-Libya border (Algerian side near Djanet)"),  # K
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 # kr4 Nafusa mountains
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                             # G
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G (region row)
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 # kr5 Sirte
 "qasr_abuhadi": ("town", "LY", 31.05944, 16.65889, "Qasr Abu Hadi"),                   # K (public reference search)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jeddah": ("city", "SA", 21.49012, 39.18624, "Jeddah"),                                # G
 "bin_jawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                          # G
 "nofaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                    # G
 "sirte_port": ("crossing", "LY", 31.2080, 16.5700, "Sirte port"),                       # K (harbour west of the centre)
 "benghazi_port": ("crossing", "LY", 32.1080, 20.0500, "Benghazi port"),                 # K (central harbour)
 # added for kr1-kr4 (airlifts, redeploys, shipments, crossings, oil, ambiguity)
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                   # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "el_feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                              # G
 "boufarik_base": ("base", "DZ", 36.57413, 2.91214, "Boufarik Air Base"),                # G* (town row)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                      # G
}

TRAPS = {
 "kr1": ["فواصل", "علي السبهاوي", "شارع جمال عبد الناصر", "ما ادري", "اللواء طارق بن زياد", "أولاد سليمان",
         "القذاذفة"],
 "kr2": ["القبس", "التبو", "اللواء 128", "شارع طرابلس", "مقاتلين تشاديين", "العقيد حامد المرزوقي"],
 "kr3": ["الخبر", "الناحية العسكرية الرابعة", "محمد الغاتي", "الجيش الوطني الليبي", "وزارة الدفاع الوطني",
         "حسابات ليبية", "الجيش الوطني الشعبي", "بلاغات"],
 "kr4": ["المصري اليوم", "شارع طرابلس", "المجلس العسكري الزنتان", "رتل زنتاني", "عبدالله الغرياني",
         "المؤسسة العسكرية الليبية"],
 "kr5": ["عكاظ", "القذاذفة", "معمر القذافي", "أسرته", "قاعات واغادوغو", "صالح السرتي", "البنيان المرصوص"],
}

PHEN = {
 "kr1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap",
         "ambiguity_idri", "vague_area", "coverage_bases"],
 "kr2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "town_vs_district", "vague_area",
         "coverage_crossings", "coverage_oil", "coverage_neighbours", "countries"],
 "kr3": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "town_vs_district", "vague_area",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "kr4": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "countries"],
 "kr5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap",
         "vague_area", "coverage_oil"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"
MOVES = {
 "kr1": [
  mv("advance", "reported", None, ["سمنو"], ["سبها"]),
  mv("deploy", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["سبها", "مطار سبها", "قلعة سبها"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["تمنهنت"]),
  mv("advance", "denied", None, ["غدوة"], ["سبها"]),
  mv("withdraw", "planned", None, ["سبها"], ["سمنو"]),
  mv("advance", "conditional", LNA, [], ["غدوة", "تراغن"]),
 ],
 "kr2": [
  mv("advance", "reported", None, ["القطرون"], ["مرزق"], ["أم الأرانب"]),
  mv("withdraw", "planned", None, ["مرزق"], ["القطرون"]),
  mv("reinforce", "reported", LNA, ["سبها"], ["مرزق"], ["تراغن"]),
  mv("shipment", "planned", LNA, ["قاعدة تمنهنت الجوية"], ["مرزق"]),
  mv("advance", "denied", "Chadian armed groups", ["تشاد"], ["مرزق"], ["منفذ التوم"]),
  mv("advance", "conditional", LNA, [], ["أم الأرانب", "قطرون"]),
 ],
 "kr3": [
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت", "مطار جانت"]),
  mv("airlift", "planned", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار جانت"]),
  mv("withdraw", "reported", None, ["العوينات"], ["غات"]),
  mv("mobilise", "conditional", None, ["أوباري"], ["غات"]),
  mv("deploy", "planned", LNA, ["أوباري"], ["منفذ إيسين"]),
  mv("redeploy", "reported", LNA, ["إدري"], ["أوباري"]),
  mv("advance", "denied", "Algerian army", [], ["غات"]),
 ],
 "kr4": [
  mv("deploy", "reported", "Zintan forces", ["الزنتان"], ["الأصابعة"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["غريان"], ["العزيزية"]),
  mv("redeploy", "reported", "GNA forces", ["العزيزية"], ["بئر الغنم"]),
  mv("advance", "conditional", "GNA forces", [], ["الأصابعة"]),
  mv("advance", "denied", "Zintan forces", [], ["مزدة"]),
  mv("shipment", "denied", "Zintan forces", ["الزنتان"], ["الأصابعة"]),
  mv("withdraw", "planned", "Zintan forces", ["الأصابعة"], ["الزنتان"]),
 ],
 "kr5": [
  mv("mobilise", "reported", None, [], ["قصر أبوهادي"]),
  mv("reinforce", "reported", LNA, ["بن جواد"], ["سرت"], ["النوفلية"]),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء سرت"]),
  mv("naval_landing", "planned", LNA, [], ["ميناء سرت"]),
  mv("deploy", "planned", LNA, ["سرت"], ["قصر أبوهادي"]),
  mv("mobilise", "conditional", None, ["سبها"], ["سرت"]),
  mv("advance", "denied", "Misrata forces", ["أبوقرين"], ["الوشكة"]),
 ],
}

NOTES = {
 "kr1": "Fawasel-style Sabha report: Awlad Suleiman gunmen Samnu→Sabha (tribal, actor null), an LNA battalion "
        "Tamanhint air base→Sabha/its airport/its castle, a cargo flight Benina air base→Tamanhint (the base, written "
        "as the bare name), the Qadhadhfa council's denied column Ghuddwa→Sabha, the elders' planned pull-back "
        "Sabha→Samnu and the LNA's conditional advance to Ghuddwa/Traghen; the town is spelled تمنهنط; traps: a "
        "person nisba containing Sabha, a street named after Nasser, «ما ادري», tribe and brigade names.",
 "kr2": "Al-Qabas-style report on Murzuq: Tebu fighters Al Qatrun→Murzuq via Umm al-Aranib (actor null), their "
        "planned return, an LNA Brigade 128 reinforcement Sabha→Murzuq via Traghen, a planned supply convoy "
        "Tamanhint air base→Murzuq, a denied Chadian crossing Chad→Murzuq via the Toummo crossing (the Niger-border "
        "phrase only locates it) and the LNA's conditional advance to Umm al-Aranib/«قطرون»; displaced people, the "
        "El Feel field and Kuwait's medicine shipment are not force movements; traps: a Tripoli Street in Murzuq, "
        "a colonel whose name contains the variant مرزوق.",
 "kr3": "El Khabar-style Algerian report: an Algerian reinforcement Illizi→Djanet/Djanet airport, a planned "
        "airlift Boufarik air base→Djanet airport, a Tuareg pull-back Al Awaynat→Ghat, a conditional Tuareg "
        "call-up Ubari→Ghat, a planned LNA company Ubari→Isayen crossing, last month's LNA redeploy Idri→Ubari and "
        "a denied Algerian entry into Ghat (denied by the ministry in Algiers); the wali of Illizi (district) vs "
        "the town Illizi (dateline, origin); «بلاغات» contains غات.",
 "kr4": "Al-Masry Al-Youm-style report on the Nafusa mountains: a Zintan elders' force Zintan→Al-Asabaa, a GNA "
        "column Tripoli→Gharyan via Al-Aziziyah, a GNA redeploy Al-Aziziyah→Bir al-Ghanam, the column's "
        "conditional advance to Al-Asabaa, the Zintan military council's denied entry into Mizda and denied arms "
        "shipment Zintan→Al-Asabaa, and the planned return Al-Asabaa→Zintan; a Tripoli Street in Gharyan is a trap; "
        "Cairo only follows events (not a movement place).",
 "kr5": "Okaz-style report on Sirte: Qadhadhfa youths massing in Qasr Abu Hadi (actor null), an LNA reinforcement "
        "Bin Jawad→Sirte via Nofaliya, a landing ship Benghazi port→Sirte port and a planned second landing, a "
        "planned military-police company Sirte→Qasr Abu Hadi, a conditional call-up Sabha→Sirte and a denied "
        "Misrata advance Abu Qurayn→Al-Washka; traps: Okaz, the Ouagadougou halls, a spokesman's nisba containing "
        "Sirte and «أسرته» containing سرت.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("kr1", "kr2", "kr3", "kr4", "kr5")
