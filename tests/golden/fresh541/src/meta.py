# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 # capitals and cities outside Libya
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "dubai": ("city", "AE", 25.07725, 55.30927, "Dubai"),                                  # G
 # Libyan cities and towns
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row)
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "marsa_brega": ("town", "LY", 30.40624, 19.57386, "Marsa Brega"),                      # G* (row البريقة)
 "zueitina": ("town", "LY", 30.95220, 20.12022, "Az Zuwaytinah"),                       # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "bin_jawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                          # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "riyayna": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                         # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 # bases and airports
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),            # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (headline «تمنهنت» = the base)
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "ubari_airport": ("airport", "LY", 26.567, 12.817, "Ubari Airport"),                   # K
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 # oil fields, terminals, refinery
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),          # G
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),      # G* (town row)
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Brega port"),                    # G* (town row)
 "es_sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),           # G
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                      # G
 "ras_lanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf port"),            # G* (row راس لانوف)
 "benghazi_port": ("crossing", "LY", 32.105, 20.050, "Benghazi port"),                  # K
 # crossings
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G* (row منفذ رأس جدير)
 # regions and districts
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),             # G* (row الحدود الليبية التونسية)
 "tripoint_ne": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),          # G
 "murzuq_basin": ("region", "LY", 25.5, 12.5, "Murzuq Basin"),                          # K
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
}

TRAPS = {
 "tw1": ["القوة القاهرة", "الشرارة الأولى", "لواء طارق بن زياد المعزز", "محمد الإدريسي", "حراك فزان", "ليبيا الحدث",
         "تشادية", "الجزائرية"],
 "tw2": ["الفيل في الغرفة", "ما ادري", "خالد المرزوقي", "بوابة الوسط", "الإيطالية", "الليبي"],
 "tw3": ["القاهرة الإخبارية", "شركة الزويتينة للنفط", "شارع طرابلس", "المصرية"],
 "tw4": ["شجرة السدرة", "المجلس العسكري مصراتة", "غرفة عمليات تحرير سرت والجفرة", "الليبية"],
 "tw5": ["مفتاح الزنتاني", "ليبيا الأحرار", "شارع طرابلس"],
}

PHEN = {
 "tw1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "tw2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
 "tw3": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_tripoli", "vague_area", "coverage_oil"],
 "tw4": ["clitics", "spelling", "multiword", "operation_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "coverage_oil", "countries"],
 "tw5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"
MOVES = {
 "tw1": [
  mv("deploy", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["حقل الشرارة"], ["اوباري"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار أوباري"]),
  mv("redeploy", "planned", LNA, ["براك"], ["إدري"]),
  mv("withdraw", "conditional", None, ["الشرارة"], []),
  mv("mobilise", "denied", "Chadian armed groups", [], ["منفذ التوم"]),
 ],
 "tw2": [
  mv("reinforce", "reported", LNA, ["سبها"], ["حقل الفيل"], ["مرزق"]),
  mv("shipment", "reported", LNA, ["براك"], ["حقل الفيل"]),
  mv("airlift", "planned", LNA, ["قاعدة الجفرة الجوية"], ["مطار سبها"]),
  mv("advance", "conditional", LNA, [], ["حقل الفيل"]),
  mv("withdraw", "denied", None, ["حقل الفيل"], ["مرزق"]),
 ],
 "tw3": [
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء الزويتينة"]),
  mv("mobilise", "reported", None, [], ["اجدابيا"]),
  mv("reinforce", "planned", LNA, ["بنغازي"], ["ميناء البريقة"]),
  mv("deploy", "conditional", LNA, [], ["الزويتينة"]),
  mv("redeploy", "denied", LNA, ["مرسى البريقة"], ["جالو"]),
 ],
 "tw4": [
  mv("advance", "reported", None, ["بن جواد"], ["ميناء السدرة"]),
  mv("reinforce", "reported", LNA, ["سرت"], ["راس لانوف"]),
  mv("naval_landing", "planned", LNA, ["ميناء بنغازي"], ["ميناء راس لانوف"]),
  mv("redeploy", "conditional", LNA, ["راس لانوف"], ["بن جواد"]),
  mv("shipment", "denied", "Misrata forces", ["مصراتة"], ["السدرة"]),
 ],
 "tw5": [
  mv("mobilise", "reported", "Zintan forces", ["الزنتان"], ["الرياينة"]),
  mv("withdraw", "conditional", "Zintan forces", ["الرياينة"], []),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["مصفاة الزاوية", "مجمع مليتة"]),
  mv("advance", "denied", "GNA forces", ["غريان"], ["الرياينة"]),
 ],
}

NOTES = {
 "tw1": "Sharara blockade (Al-Eqtisadiah manner, Tripoli dateline): LNA column Tamanhint air base→the field via Ubari "
        "(reported deploy, «محيط الحقل» resolved to حقل الشرارة); Benina air base→Ubari airport airlift; planned company "
        "Brak→Idri; guards' conditional pull-out from Sharara («لن يغادروا … إلا إذا»); denied Chadian massing at the Toummo "
        "crossing (the border phrase only locates it). Sonatrach staff evacuated to Algeria are civilians, not a movement.",
 "tw2": "El Feel blockade (CNBC Arabia manner, Dubai dateline): LNA reinforcement Sabha→the field via Murzuq; an LNA "
        "fuel-and-ammunition convoy from Brak (shipment, «وصلت إليه» = the field); planned airlift Jufra air base→Sabha "
        "airport; conditional advance on the field's gates («إذا لم يُفتح»); the guards' denied pull-out from the field "
        "(«منه») to Murzuq. Workers leaving the site are not a movement.",
 "tw3": "Zueitina and Brega (Al-Qahera News manner, Benghazi dateline): LNA marines landed at Zueitina port from Benghazi "
        "port; tribal «النفير» massing at Ajdabiya's western gate (actor null); planned battalion Benghazi→Brega port; "
        "conditional deployment inside Zueitina («في حال»); denied redeploy Marsa Brega→Jalu. Tankers waiting off the port "
        "are not a movement.",
 "tw4": "Es Sider and Ras Lanuf (Al-Jarida manner, Benghazi dateline): ex-guards' advance Bin Jawad→Es Sider port "
        "(reported; the retreat «إلى مواقعها» names no place); LNA reinforcement Sirte→Ras Lanuf; planned marine landing "
        "Benghazi port→Ras Lanuf port; conditional redeploy Ras Lanuf→Bin Jawad («إذا تكرر»); Misrata's denied arms "
        "shipment Misrata→Es Sider. Tankers leaving empty and the 2016/2018 recall are not movements.",
 "tw5": "Riyayna valve (Ammon manner, Tripoli dateline): Zintan groups massing at the Riyayna pumping station, come from "
        "Zintan (reported mobilise); their conditional pull-out («لن تنسحب … إلا إذا»); planned GNU guard deployment "
        "Tripoli→Zawiya refinery and Mellitah; the GNU chief of staff's denied column Gharyan→Riyayna. Smuggled fuel "
        "through Ras Ajdir and the Misrata protest are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("tw1", "tw2", "tw3", "tw4", "tw5")
