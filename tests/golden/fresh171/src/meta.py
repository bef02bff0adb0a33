# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and capitals
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 # fq1 Sharara / El Feel (Fezzan)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),              # G* (town row)
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                   # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.69000, "Zawiya refinery"),           # K
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G (row قاعدة تمنهنت)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                            # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G
 # fq2 Wafa / Hamada and the Algerian side
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                    # G
 "border_dz_ly": ("region", "DZ", 28.60000, 9.85000, "Algeria-Libya border (Algerian side)"),  # K
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                  # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                             # G (row عين أميناس)
 "debdeb_crossing": ("crossing", "DZ", 29.99000, 9.47000, "Debdeb border crossing"),     # K
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 "hamada_region": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),               # G
 "hamada": ("oilfield", "LY", 29.40000, 12.80000, "Al Hamada oil field"),                # K
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),      # G
 # fq3 Zella / Sarir
 "zella_field": ("oilfield", "LY", 28.55099, 17.54358, "Zella oil field"),               # G* (town row)
 "zella": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                  # G
 "sirte_basin": ("region", "LY", 28.60000, 19.30000, "Sirte Basin"),                     # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                 # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                     # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),       # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),             # G* (row الحدود الليبية السودانية)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                               # G
 # fq4 Es Sider / Ras Lanuf
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),               # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                        # G
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil terminal"),      # G* (row راس لانوف)
 "crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                       # G
 "gulf_sirte": ("region", "LY", 30.90000, 18.00000, "Gulf of Sirte"),                    # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                            # G
 "benghazi_port": ("crossing", "LY", 32.10500, 20.05500, "Port of Benghazi"),            # K
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                          # G
 "nofaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                             # G
 # fq5 Zueitina / Brega and the Tunisian side
 "zueitina_town": ("town", "LY", 30.95220, 20.12022, "Az Zuwaytinah"),                   # G
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),       # G* (town row)
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                   # G
 "brega_mun": ("district", "LY", 30.40624, 19.57386, "Brega municipality"),              # G* (town row)
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa Brega oil terminal"),       # G* (town row)
 "brega_complex": ("oilfield", "LY", 30.40624, 19.57386, "Brega oil complex"),           # G* (town row)
 "brega_airport": ("airport", "LY", 30.37810, 19.57640, "Marsa Brega Airport"),          # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                             # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G* (row منفذ رأس جدير)
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                    # G* (row جنوب تونس)
}

TRAPS = {
 "fq1": ["غضب فزان", "فواصل", "شركة أكاكوس للعمليات النفطية", "الشرارة الأولى", "طارق بن زياد", "ليبيا الأحرار",
         "ما ادري"],
 "fq2": ["الخبر", "الناحية العسكرية الرابعة", "شركة مليتة للنفط والغاز", "وكالة الأنباء الجزائرية", "مختار الإدريسي",
         "عماد الطرابلسي", "الوفاء بتعهداتها"],
 "fq3": ["القبس", "شركة الزويتينة للنفط", "صالح الأوجلي", "زلة لسان"],
 "fq4": ["اليوم السابع", "الجيش الليبي", "عملية البرق الخاطف", "إبراهيم الجضران"],
 "fq5": ["الشارع المغاربي", "شركة سرت لإنتاج وتصنيع النفط والغاز", "غرفة عمليات اجدابيا", "الطرابلسي"],
}

PHEN = {
 "fq1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
 "fq2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "fq3": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "fq4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "coverage_oil", "countries"],
 "fq5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}

LNA, GNA = "Libyan National Army", "GNA forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "fq1": [
  mv("deploy", "reported", LNA, ["سبها"], ["أوباري"], ["جرمة"]),
  mv("advance", "conditional", LNA, ["اوباري"], ["حقل الشرارة"]),
  mv("airlift", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["حقل الفيل"]),
  mv("redeploy", "planned", LNA, ["إدري"], ["العوينات"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["حقل الفيل"]),
 ],
 "fq2": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["الدبداب", "عين أمناس"]),
  mv("deploy", "reported", GNA, ["نالوت"], ["حقل الوفاء"], ["غدامس"]),
  mv("withdraw", "reported", "Zintan forces", ["حقل الحمادة"], ["الزنتان"]),
  mv("shipment", "planned", GNA, ["طرابلس"], ["غدامس"]),
  mv("advance", "denied", "Algerian army", [], ["حقل الوفاء"]),
  mv("deploy", "conditional", "Algerian army", [], ["الدبداب", "عين أمناس"]),
 ],
 "fq3": [
  mv("withdraw", "reported", None, ["حقل زلة"], ["زلة"]),
  mv("reinforce", "reported", LNA, ["قاعدة الجفرة الجوية"], ["زلة"], ["ودان"]),
  mv("deploy", "planned", LNA, ["الكفرة"], ["حقل السرير"]),
  mv("airlift", "conditional", LNA, ["مطار الكفرة"], ["حقل السرير"]),
  mv("withdraw", "denied", LNA, ["تازربو"], ["الكفرة"]),
 ],
 "fq4": [
  mv("redeploy", "reported", LNA, ["سرت"], ["راس لانوف"], ["بن جواد"]),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء راس لانوف"]),
  mv("deploy", "planned", LNA, [], ["ميناء السدرة"]),
  mv("advance", "conditional", "Misrata forces", ["أبوقرين"], ["الهلال النفطي"]),
  mv("withdraw", "denied", LNA, ["ميناء السدرة"], ["النوفلية"]),
 ],
 "fq5": [
  mv("mobilise", "reported", None, [], ["اجدابيا"]),
  mv("naval_landing", "reported", LNA, ["بنغازي"], ["ميناء الزويتينة"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار البريقة"]),
  mv("advance", "conditional", None, [], ["ميناء البريقة"]),
  mv("shipment", "denied", None, [], ["ميناء البريقة"]),
 ],
}

NOTES = {
 "fq1": "Sharara shut by the «غضب فزان» protest movement: an LNA column Sabha→Ubari via Germa (reported deploy), its "
        "conditional advance Ubari→Sharara field («إذا رفض المحتجون»), a PFG-South airlift Tamanhint air base→El Feel "
        "(reported), a planned battalion Idri→Al-Awaynat and a denied Chadian build-up at El Feel. Traps: the movement "
        "name «غضب فزان», «الشرارة الأولى», Akakus company, «ما ادري», Libya Alahrar TV.",
 "fq2": "Algerian daily on the Wafa field: an Algerian reinforcement Ouargla→Debdeb/In Amenas (reported), a GNA force "
        "Nalut→Wafa via Ghadames (reported), Zintani gunmen pulling out of the Hamada field to Zintan (reported), a "
        "planned GNA fuel/ammunition shipment Tripoli→Ghadames, a denied Algerian crossing towards Wafa and a "
        "conditional Algerian battalion between Debdeb and In Amenas. Algiers dateline vs Algeria the country; "
        "Tripoli vs «عماد الطرابلسي»; «الوفاء بتعهداتها» vs the Wafa field; «الإدريسي».",
 "fq3": "Zella field attack and the Sarir shutdown: PFG guards pulling back field→Zella town (reported, no actor), an LNA "
        "reinforcement Jufra air base→Zella via Waddan (reported), a planned Subul al-Salam deployment Kufra→Sarir, a "
        "conditional airlift Kufra airport→Sarir and a denied pull-out Tazirbu→Kufra. Traps: «زلة لسان», Zueitina Oil "
        "Company, «صالح الأوجلي».",
 "fq4": "Es Sider and Ras Lanuf shut by a PFG sit-in: an LNA battalion Sirte→Ras Lanuf via Bin Jawad (reported "
        "redeploy), a landing ship Benghazi port→Ras Lanuf port (reported), a planned LNA takeover of Es Sider port, "
        "Misrata's conditional advance Abu Qurayn→the Oil Crescent and a denied PFG pull-out Es Sider→Nofaliya. Cairo "
        "dateline, Misrata as the speakers' place, tankers for Italy are not movement places.",
 "fq5": "Tunisian outlet on Zueitina and Brega: armed tribesmen massing in Ajdabiya (reported mobilise, no actor), an LNA "
        "naval landing Benghazi→Zueitina port (reported), a planned airlift Benina air base→Brega airport, the "
        "protesters' conditional move on Brega port and a denied arms shipment to Brega port. Tunisian workers going "
        "home via Ras Ajdir are a civilian flow. Tunis dateline vs Tunisia; Tripoli vs «الطرابلسي».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("fq1", "fq2", "fq3", "fq4", "fq5")
