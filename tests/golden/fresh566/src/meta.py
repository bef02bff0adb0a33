# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                # G
 "greece": ("country", "GR", 39.07170, 21.95170, "Greece"),                              # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                              # G
 "china": ("country", "CN", 36.90357, 98.60509, "China"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 # cities, towns, districts
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                             # G
 "ajdabiya_mun": ("district", "LY", 30.75545, 20.22625, "Ajdabiya municipality"),        # G* (city row)
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                   # G
 "raslanuf": ("town", "LY", 30.50000, 18.52720, "Ras Lanuf"),                            # G* (row راس لانوف, kind oilfield)
 "zueitina": ("town", "LY", 30.95220, 20.12022, "Az Zuwaytinah"),                        # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                     # G
 "jalu_mun": ("district", "LY", 29.03333, 21.55000, "Jalu municipality"),               # G* (town row)
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjilah"),                                # G
 "bin_jawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawwad"),                          # G
 "nofaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                             # G
 "agheila": ("town", "LY", 30.25583, 19.19944, "El Agheila"),                            # G
 "marada": ("town", "LY", 29.22054, 19.20454, "Maradah"),                                # G
 "qaminis": ("town", "LY", 31.65760, 20.01697, "Qaminis"),                               # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "wahat": ("district", "LY", 29.02035, 20.78359, "Al Wahat"),                            # G
 # regions
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "gulf_sirte": ("region", "LY", 30.90000, 18.00000, "Gulf of Sirte"),                    # G
 "sirte_basin": ("region", "LY", 28.60000, 19.30000, "Sirte Basin"),                     # G
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                               # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "border_eg": ("region", "EG", 31.00000, 25.20000, "Egypt-Libya border (Egyptian side)"), # K
 # ports / terminals / fields
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G* (row ميناء السدرة)
 "sider_port": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),         # G
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil terminal"),     # G* (row راس لانوف)
 "brega_port": ("oilfield", "LY", 30.42000, 19.61000, "Marsa el Brega port"),           # K
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),      # G* (town row)
 "attifel": ("oilfield", "LY", 28.79540, 22.08090, "Bu Attifel oil field"),             # G
 "nafoura": ("oilfield", "LY", 29.21320, 21.59240, "Nafoora oil field"),                # G
 "amal": ("oilfield", "LY", 29.47950, 21.12240, "Amal oil field"),                      # G* (row حقل أمل)
 # bases, airports, crossings
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G (row قاعدة الخادم)
 "brega_airport": ("airport", "LY", 30.37810, 19.57640, "Marsa Brega Airport"),         # G
 "ajdabiya_airport": ("airport", "LY", 30.76510, 20.19140, "Ajdabiya Airport"),         # G (row مطار إجدابيا)
 "salloum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),        # G* (row منفذ امساعد, country EG)
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad border crossing"),             # G
 "benghazi_port": ("crossing", "LY", 32.10500, 20.04800, "Benghazi port"),               # K
}

LNA = "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "uv1": ["الاقتصادية", "الوطني الليبي", "خام السدرة", "شركة الواحة للنفط", "محمد الإدريسي",
         "شركة رأس لانوف لتصنيع النفط والغاز", "الأوروبية", "الخام الليبي"],
 "uv2": ["الجيش الليبي", "الوفد", "شركة سرت لإنتاج وتصنيع النفط والغاز", "الجالية المصرية", "عامل مصري"],
 "uv3": ["الجريدة", "الوطني الليبي", "شركة الزويتينة للنفط", "مفتاح المغربي",
         "قبيلة المغاربة"],
 "uv4": ["الإمارات اليوم", "شارع فلسطين", "شارع دبي"],
 "uv5": ["ليبيا الأحرار", "الوطني الليبي", "سودانيين", "شركة الهروج للعمليات النفطية", "عمر الجالوي",
         "ما ادري"],
}

PHEN = {
 "uv1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "uv2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "uv3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli", "vague_area",
         "coverage_oil", "countries"],
 "uv4": ["clitics", "spelling", "multiword", "media_trap", "ambiguity_tripoli", "ambiguity_country_capital",
         "town_vs_district", "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "uv5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_oil",
         "coverage_neighbours", "countries"],
}

MOVES = {
 "uv1": [
  mv("deploy", "reported", None, ["أجدابيا"], ["راس لانوف"]),
  mv("withdraw", "reported", None, ["راس لانوف"], ["البريقة"]),
  mv("withdraw", "denied", None, ["ميناء السدرة"]),
  mv("redeploy", "planned", LNA, ["قاعدة الجفرة الجوية"], ["بن جواد"]),
  mv("advance", "conditional", LNA, [], ["النوفلية"]),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء رأس لانوف"]),
 ],
 "uv2": [
  mv("reinforce", "reported", LNA, ["بنغازي"], ["ميناء البريقة"], ["أجدابيا"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار البريقة"]),
  mv("deploy", "conditional", LNA, [], ["العقيلة"]),
  mv("naval_landing", "conditional", LNA, [], ["ميناء البريقة"]),
  mv("withdraw", "denied", LNA, ["العقيلة"], ["البريقة"]),
 ],
 "uv3": [
  mv("deploy", "reported", LNA, ["بنغازي"], ["الزويتينة"], ["قمينس"]),
  mv("redeploy", "planned", LNA, [], ["ميناء الزويتينة"]),
  mv("deploy", "conditional", None, ["البريقة"], ["الزويتينة"]),
  mv("reinforce", "denied", LNA, ["أجدابيا"], ["ميناء الزويتينة"]),
  mv("mobilise", "denied", None, [], ["أجدابيا"]),
 ],
 "uv4": [
  mv("airlift", "reported", LNA, ["قاعدة الخادم الجوية"], ["مطار أجدابيا"]),
  mv("shipment", "reported", LNA, ["بنغازي"], ["اجدابيا"]),
  mv("redeploy", "reported", LNA, ["اجدابيا"], ["جالو", "أوجلة"]),
  mv("deploy", "planned", LNA, [], ["اجدابيا", "البريقة"]),
  mv("advance", "conditional", LNA, [], ["مرادة"]),
  mv("withdraw", "denied", LNA, ["اجدابيا"], ["بنغازي"]),
 ],
 "uv5": [
  mv("deploy", "reported", None, ["أجدابيا"], ["حقل النافورة", "حقل آمال"], ["جالو"]),
  mv("withdraw", "reported", None, ["حقل النافورة", "حقل آمال"], ["بنغازي"]),
  mv("shipment", "planned", None, ["بنغازي"], ["جالو"]),
  mv("reinforce", "conditional", LNA, ["أجدابيا"], ["أوجلة"]),
  mv("mobilise", "reported", None, [], ["أوجلة"]),
  mv("advance", "denied", "Sudanese armed groups", ["الكفرة"], ["جالو"]),
 ],
}

NOTES = {
 "uv1": ("Al-Eqtisadiah (Benghazi): Es Sider resumes loading; a Petroleum Facilities Guard rotation at Ras Lanuf "
         "(company in from Ajdabiya, outgoing company back to Brega), a denied PFG pull-out from Es Sider port, a "
         "planned LNA battalion Jufra air base→Bin Jawad, a conditional LNA advance to Nofaliya and an LNA landing "
         "ship Benghazi port→Ras Lanuf port. Precision: two tankers to Italy/Greece, a third off Ras Lanuf port, "
         "workers bussed back from Benghazi, the Es Sider crude grade, company names and an analyst named Idrisi."),
 "uv2": ("Al-Wafd (byline, no dateline): an LNA column Benghazi→Brega port via Ajdabiya after a gas-pipeline attack, "
         "a planned military-police airlift Benina air base→Brega airport, a conditional armoured battalion for "
         "El Agheila and marines for Brega port, and a denied pull-out El Agheila→Brega. Precision: an LNG tanker "
         "loading for Turkey, foreign workers bussed to Benghazi, Egyptian workers home via the Sallum land port on "
         "the border with Libya, the Sirte Oil Company."),
 "uv3": ("Al-Jarida (Cairo dateline): protesters shut the Zueitina terminal; an LNA battalion Benghazi→Zueitina "
         "via Qaminis, its planned move into the port, a conditional PFG company Brega→Zueitina, a denied tank "
         "reinforcement Ajdabiya→the port and a denied tribal mobilisation in Ajdabiya. Precision: three tankers "
         "(one for China), a tribal delegation from Ajdabiya, night-shift workers leaving for Brega, the NOC in "
         "Tripoli, the Zueitina Oil Company, a colonel named Al-Maghribi."),
 "uv4": ("Emarat Al Youm (Ajdabiya): an LNA airlift Al Khadim air base→Ajdabiya airport with an ammunition convoy "
         "Benghazi→Ajdabiya, an artillery battalion Ajdabiya→Jalu/Awjila, planned checkpoints between Ajdabiya and "
         "Brega, a conditional advance to Marada and a denied pull-back to Benghazi. Precision: fuel tankers from "
         "Brega, queues on Palestine and Dubai streets, commuting workers from Egypt (via Amsaad), Sudan and "
         "Tunisia, an NOC delegation from Tripoli."),
 "uv5": ("Libya Al-Ahrar (Jalu): a PFG rotation at the Nafoura and Amal fields (company Ajdabiya→fields via Jalu, "
         "outgoing company back to Benghazi), a planned PFG equipment shipment Benghazi→Jalu, a conditional LNA "
         "reinforcement Ajdabiya→Awjila, armed Jalu youths massing at Awjila and a denied advance of Sudanese "
         "gunmen Kufra→Jalu. Precision: injured workers taken to Jalu hospital («ما ادري»), a company flight of "
         "workers to Benghazi, the Jalu mayor and a notable named Al-Jalawi."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("uv1", "uv2", "uv3", "uv4", "uv5")
