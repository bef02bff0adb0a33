# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                # G
 "spain": ("country", "ES", 39.89911, -3.47555, "Spain"),                                # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                              # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "qatar": ("country", "QA", 25.36383, 51.13780, "Qatar"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                             # G
 "zueitina": ("town", "LY", 30.95220, 20.12022, "Az Zuwaytinah"),                        # G
 # qcp1 Sharara (CNBC Arabia)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                      # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                   # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),              # G* (town row)
 # qcp2 Ras Lanuf and Es Sider (Al-Eqtisadiah)
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                    # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil terminal"),           # G (row راس لانوف)
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),               # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                            # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                   # G
 "agheila": ("town", "LY", 30.25583, 19.19944, "El Agheila"),                            # G
 # qcp3 Zueitina (Al-Quds Al-Arabi)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                 # G
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),       # G* (town row)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "brega_airport": ("airport", "LY", 30.37810, 19.57640, "Marsa Brega Airport"),          # G
 "benghazi_port": ("crossing", "LY", 32.105, 20.050, "Port of Benghazi"),                # K
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "buattifel": ("oilfield", "LY", 28.79540, 22.08090, "Bu Attifel oil field"),            # G* (row حقل بوعطيفل)
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                     # G
 "sirtebasin": ("region", "LY", 28.60000, 19.30000, "Sirte Basin"),                      # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                  # G
 # qcp4 El Feel (QNA)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),               # G* (district row مرزق)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G* (row قاعدة تمنهنت)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                  # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "awinat": ("town", "LY", 25.78123, 10.56133, "Al Awinat"),                              # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 # qcp5 Zawiya, Mellitah and the Sharara pipeline (Al-Jarida)
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                               # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                 # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),     # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                             # G
 "rayayina": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                         # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G* (row منفذ رأس جدير)
 "westly": ("region", "LY", 31.8, 12.5, "Western Libya"),                                # K
}

TRAPS = {
 "qcp1": ["CNBC عربية", "فواصل", "إدريس بن نايل", "الشرارة الأولى", "اللواء طارق بن زياد",
          "شركة أكاكوس للعمليات النفطية"],
 "qcp2": ["الاقتصادية", "الجيش الوطني الليبي", "العجز المالي", "محمد بن جواد", "الخام الليبي"],
 "qcp3": ["القدس العربي", "الجيش الوطني الليبي", "عبد السلام الأجدابي", "شركة الزويتينة للنفط", "سودانيين"],
 "qcp4": ["قنا", "الجيش الليبي", "اللواء طارق بن زياد", "إدريس أبوبكر", "تشادية", "شركة مليتة للنفط والغاز",
          "الليبية"],
 "qcp5": ["الجريدة", "كتيبة شهداء الزاوية", "قوة حماية طرابلس", "علي الزنتاني", "هذه الزاوية", "التونسية"],
}

PHEN = {
 "qcp1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "ambiguity_idri", "vague_area", "town_vs_district", "coverage_oil", "countries"],
 "qcp2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "vague_area", "coverage_oil", "countries"],
 "qcp3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_crossings", "coverage_oil", "countries"],
 "qcp4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
          "countries"],
 "qcp5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_crossings",
          "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"
MOVES = {
 "qcp1": [
  mv("withdraw", "conditional", LNA, ["حقل الشرارة"], ["أوباري"]),
  mv("reinforce", "reported", LNA, ["سبها"], ["حقل الشرارة"], ["جرمة", "أوباري"]),
  mv("redeploy", "planned", LNA, ["حقل الشرارة"], ["حقل الفيل"]),
  mv("deploy", "denied", "Zintan forces", ["الزنتان"], ["حقل الشرارة"]),
 ],
 "qcp2": [
  mv("withdraw", "reported", LNA, ["ميناء راس لانوف"], ["بن جواد"]),
  mv("deploy", "conditional", LNA, ["بن جواد"], ["ميناء السدرة"]),
  mv("redeploy", "planned", LNA, ["اجدابيا"], ["ميناء راس لانوف"], ["البريقة", "العقيلة"]),
  mv("naval_landing", "denied", "Misrata forces", ["مصراتة"], ["ميناء السدرة"]),
 ],
 "qcp3": [
  mv("advance", "reported", LNA, ["أجدابيا"], ["ميناء الزويتينة"]),
  mv("airlift", "conditional", LNA, ["قاعدة بنينا الجوية"], ["مطار البريقة"]),
  mv("naval_landing", "planned", LNA, ["ميناء بنغازي"], ["ميناء الزويتينة"]),
  mv("shipment", "reported", LNA, ["بنغازي"], ["ميناء الزويتينة"]),
  mv("deploy", "denied", "Sudanese armed groups", ["الكفرة"], ["حقل أبو الطفل"], ["جالو"]),
 ],
 "qcp4": [
  mv("reinforce", "reported", LNA, ["مرزق"], ["حقل الفيل"]),
  mv("advance", "conditional", LNA, ["أوباري"], ["حقل الفيل"]),
  mv("airlift", "planned", LNA, ["قاعدة تمنهنت الجوية"], ["مطار غات"]),
  mv("withdraw", "denied", LNA, ["حقل الفيل"], ["العوينات"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["القطرون"]),
 ],
 "qcp5": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["مصفاة الزاوية"], ["جنزور"]),
  mv("redeploy", "planned", "GNA forces", ["الزاوية"], ["مجمع مليتة"], ["صبراتة"]),
  mv("mobilise", "conditional", "Zintan forces", [], ["الرياينة"]),
  mv("shipment", "denied", "GNA forces", ["مصراتة"], ["الزاوية"]),
 ],
}

NOTES = {
 "qcp1": "Sharara standoff (CNBC Arabia, Tripoli): the southern PFG branch (under the LNA General Command) threatens to "
         "pull its men from the Sharara gates back to Ubari if salaries are not paid within 72 hours (conditional); a "
         "Tariq bin Ziyad company Sabha→Sharara via Germa and Ubari (reported); a planned company Sharara→El Feel "
         "('175 km south' adds no place); the NOC denies that a Zintan force entered Sharara (headline repeats it). "
         "Idri, Wadi al-Shati and Ubari as the guards' home towns, the Zawiya refinery (pumping) and the Ubari "
         "municipality are not movement places; «الشرارة الأولى» and «إدريس» are traps.",
 "qcp2": "Ras Lanuf / Es Sider (Al-Eqtisadiah, Benghazi): a central-branch PFG company (LNA) pulled out of Ras Lanuf "
         "port to Bin Jawad (reported); its threat to move from Bin Jawad into Es Sider port 'if' dues are not settled "
         "(conditional); a planned LNA battalion Ajdabiya→Ras Lanuf port via Brega and El Agheila; the NOC (statement "
         "from Tripoli) denies a 'naval landing' by a force from Misrata at Es Sider. The headline, the list of the four "
         "oil-crescent ports, Italy/Spain (tanker destinations), Kuwait (OPEC+ host) and Libya are not movement places.",
 "qcp3": "Zueitina standoff (Al-Quds Al-Arabi, London): an LNA column Ajdabiya→Zueitina port stopping 5 km short "
         "(reported advance); no airlift Benina air base→Brega airport unless the sit-in holds (conditional, «لن ... "
         "إلا إذا»); a planned marines' landing Benghazi port→Zueitina port; 10 army fuel-and-ammunition trucks "
         "Benghazi→the port (reported); the NOC denies Sudanese gunmen moving Kufra→Bu Attifel via Jalu. London "
         "(dateline), Tripoli (NOC seat), Tripoli in Lebanon (tanker destination), Ajdabiya as an MP's constituency "
         "and the Sirte Basin are not movement places.",
 "qcp4": "El Feel standoff (QNA, Tripoli): a PFG company (LNA) Murzuq→El Feel (reported reinforce); a Tariq bin Ziyad "
         "battalion in Ubari will not move towards El Feel unless protesters shut the valves (conditional advance); a "
         "planned airlift Tamanhint air base→Ghat airport; the NOC denies the guards' pull-out El Feel→Al-Awinat; a UN "
         "panel reported some 200 Chadian gunmen massing near Al-Qatrun (the Niger border only a distance reference). "
         "Murzuq district, Fezzan, Sharara and Qatar are not movement places; «قطر» also occurs inside «القطرون».",
 "qcp5": "Zawiya refinery and the Sharara pipeline (Al-Jarida, Tripoli): a GNA chief-of-staff force Tripoli→the Zawiya "
         "refinery via Janzour (reported deploy); a planned company Zawiya→the Mellitah complex via Sabratha; a Zintan "
         "commander threatens to mass his men at the Rayayina valve 'if' the force is not withdrawn (conditional "
         "mobilise; Zintan is the group's identity, not an origin); the GNA denies ammunition trucks Misrata→Zawiya. "
         "Tunis (speaker), the border with Tunisia, Ras Ajdir, Italy and western Libya are not movement places; the "
         "'withdraw the force from Zawiya' demand is a condition, not a move.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qcp1", "qcp2", "qcp3", "qcp4", "qcp5")
