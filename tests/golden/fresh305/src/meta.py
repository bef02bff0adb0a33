# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 # capitals and other cities
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (city row نجامينا)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 # ports (commercial/naval ports are crossing, as in fresh49/fresh51)
 "benghazi_port": ("crossing", "LY", 32.11486, 20.06859, "Benghazi port"),              # G* (city row)
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),                  # G* (city row)
 # Niger
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "toummo_ne": ("crossing", "NE", 22.65000, 14.20000, "Toummo crossing (Niger side)"),   # G* (row منفذ التوم, country NE)
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "agadez_region": ("district", "NE", 19.42135, 10.68918, "Agadez region"),              # G
 "tenere": ("region", "NE", 18.5, 10.5, "Tenere desert"),                               # K
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                       # G
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                  # G
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado"),                                # G
 "border_ne_ly": ("region", "NE", 22.4, 13.8, "Niger-Libya border (Niger side)"),       # K
 # Libyan south
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "wigh": ("village", "LY", 24.18590, 14.53280, "Al Wigh"),                              # G* (airport/base row)
 "wigh_airport": ("airport", "LY", 24.18590, 14.53280, "Al Wigh Airport"),              # G
 "wigh_base": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                   # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),            # G* (row الحدود الليبية النيجرية)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),             # G
 "tripoint": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                           # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 # Chad and Sudan
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "tibesti_prov": ("district", "TD", 20.80000, 17.80000, "Tibesti province"),            # G* (region row)
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "bardai": ("town", "TD", 21.35470, 16.99810, "Bardai"),                                # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                 # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "border_td_ly": ("region", "TD", 22.2, 17.0, "Chad-Libya border (Chad side)"),         # K
 "darfur": ("region", "SD", 13.5, 24.5, "Darfur"),                                      # K
}

LNA, RU = "Libyan National Army", "Russian forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "ku1": ["هسبريس", "الوطني الليبي", "وزارة الدفاع النيجرية", "إذاعة فرنسا الدولية", "تحالف دول الساحل",
         "البوابة الليبية"],
 "ku2": ["الراي", "الوطني الليبي", "اللواء طارق بن زياد", "غرفة عمليات الجنوب", "ميلاد الطرابلسي",
         "مجلس القيادة العسكرية لإنقاذ الجمهورية", "الأراضي الليبية"],
 "ku3": ["سودان تربيون", "الجيش التشادي", "المنقبين السودانيين", "ما ادري", "الزوار",
         "جبهة التناوب والوفاق في تشاد", "الجيش الوطني الليبي"],
 "ku4": ["الوطن", "الوطني الليبي", "حسن القطروني", "شارع طرابلس", "مالي", "حكومة الوحدة الوطنية"],
 "ku5": ["الشرق", "محمد الإدريسي", "اللواء 128", "السفارة الروسية", "الوطني الليبي", "الأراضي النيجرية"],
}

PHEN = {
 "ku1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ku2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "ku3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "ku4": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "countries"],
 "ku5": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri", "ambiguity_country_capital",
         "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
}

MOVES = {
 "ku1": [
  mv("reinforce", "reported", None, ["أغاديز"], ["قاعدة ماداما"], ["تينيري", "ديركو", "سيغيدين"]),
  mv("deploy", "reported", LNA, ["القطرون"], ["منفذ التوم"]),
  mv("redeploy", "planned", None, ["ماداما"], ["تومو"]),
  mv("advance", "conditional", None, [], ["جادو"]),
  mv("withdraw", "denied", None, ["قاعدة ماداما"], ["ديركو"]),
 ],
 "ku2": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الويغ"]),
  mv("advance", "reported", LNA, ["القطرون"], ["الويغ"], ["تجرهي"]),
  mv("deploy", "planned", LNA, [], ["منفذ التوم"]),
  mv("redeploy", "conditional", LNA, ["حقل الشرارة"], ["القطرون"]),
  mv("naval_landing", "planned", LNA, [], ["ميناء بنغازي"]),
  mv("withdraw", "denied", "Chadian armed groups", ["كوري بوقودي"], ["ليبيا"]),
 ],
 "ku3": [
  mv("advance", "reported", None, ["زوار"], ["كوري بوغودي"], ["برداي"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["كوري بوغودي"], ["الحدود مع ليبيا"]),
  mv("airlift", "planned", None, ["إنجامينا"], ["فايا لارجو"]),
  mv("mobilise", "conditional", "Chadian armed groups", [], ["وور"]),
  mv("advance", "denied", LNA, ["القطرون"], ["كوري بوغودي"]),
 ],
 "ku4": [
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["القطرون"], ["سبها", "مرزق"]),
  mv("deploy", "conditional", LNA, [], ["الحدود مع النيجر"]),
  mv("shipment", "planned", LNA, ["سبها"], ["قاعدة الويغ"]),
  mv("withdraw", "denied", LNA, ["حقل الفيل"], ["القطرون"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["منفذ التوم"]),
 ],
 "ku5": [
  mv("naval_landing", "reported", RU, [], ["ميناء طبرق"]),
  mv("shipment", "reported", RU, ["ميناء طبرق"], ["قاعدة الويغ"], ["الجفرة", "سبها"]),
  mv("redeploy", "reported", LNA, ["إدري"], ["الويغ"]),
  mv("airlift", "planned", RU, ["قاعدة الويغ"], ["نيامي"]),
  mv("reinforce", "conditional", None, [], ["ماداما"]),
  mv("redeploy", "denied", RU, ["ليبيا"], ["النيجر"]),
 ],
}

NOTES = {
 "ku1": "Hespress (Niamey dateline): Niger reopens the Toummo post; a Nigerien reinforcement Agadez→Madama base across "
        "the Ténéré via Dirkou and Séguédine (reported, actor null: the Nigerien army is not a canonical actor), LNA "
        "border guards Al Qatrun→the Toummo crossing (reported), a planned company Madama→Toummo, a conditional advance "
        "on the Djado plateau («لن… إلا إذا») and a denied pull-out Madama base→Dirkou. Not moves: Qatrun as the source "
        "of goods for Bilma/Dirkou markets, the Algiers ambassadors' recall, the headline's «تدفع بتعزيزات إلى ماداما» "
        "(same reinforcement).",
 "ku2": "Al-Rai (Benghazi dateline): LNA Il-76s Benina air base→Al Wigh airport (reported), a column Al Qatrun→Al Wigh "
        "via Tajarhi (reported advance), a planned company for the Toummo crossing, a conditional company Sharara "
        "field→Al Qatrun («إذا تكررت»), a planned landing ship at Benghazi port, and the CCMSR's denied pull-out from "
        "Kouri Bougoudi towards Libya (the quote's «فرارها إلى ليبيا» gives the destination). Not moves: gold mines in "
        "Chad/Niger, drivers killed near the Niger border, positions held in Tibesti, the GNU in Tripoli.",
 "ku3": "Sudan Tribune (N'Djamena dateline): a Chadian army advance Zouar→Kouri Bougoudi via Bardai (reported, actor "
        "null), armed Sudanese miners pulling out of Kouri Bougoudi to the border with Libya (reported), a planned "
        "airlift N'Djamena→Faya-Largeau, FACT's conditional massing at Wour and the LNA's denied entry Al Qatrun→Kouri "
        "Bougoudi. Not moves: the Darfur worker's origin, the LNA's «لم تعبر الحدود الليبية التشادية», miners flocking "
        "to the area since 2012 (civilian, background).",
 "ku4": "El Watan (Cairo dateline): an LNA reinforcement Tamanhint air base→Al Qatrun via Sabha and Murzuq (reported), "
        "a conditional deployment on the Niger border, a planned fuel/ammunition shipment Sabha→Al Wigh base, a denied "
        "pull-out El Feel field→Al Qatrun and a denied massing of Chadian gold-gang gunmen at the Toummo crossing. Not "
        "moves: «الطريق المؤدي إلى الويغ» (where the column deployed, a road), the mayor's request, the Tripoli street "
        "in Sabha (a retelling of the reinforcement's passage).",
 "ku5": "Al-Sharq (Doha dateline): a Russian landing ship unloads armour at Tobruk port (reported), the convoy Tobruk "
        "port→Al Wigh base via Jufra and Sabha (reported shipment), an LNA company Idri→Al Wigh (reported redeploy), a "
        "planned Russian airlift Al Wigh base→Niamey, Niger's conditional extra battalion for Madama and the Russian "
        "embassy's denied transfer of personnel Libya→Niger. Not moves: Moscow's allies in Niger and Mali, the "
        "tripoint as a locator, Algeria's concern.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ku1", "ku2", "ku3", "ku4", "ku5")
