# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                              # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                   # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                 # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                 # G
 # capitals and cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                    # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                 # G
 # oil installations used in several articles
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),               # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),      # G
 "zawiya_ref": ("oilfield", "LY", 32.78000, 12.70000, "Zawiya refinery"),                 # K
 # cd1 Fezzan
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                   # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                    # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),               # G* (town row)
 "sabha_apt": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                     # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                # G
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),             # G
 # cd2 west coast
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                               # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                              # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                                # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                  # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                      # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),         # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 33.05000, 11.62000, "Libya-Tunisia border (coastal, Libyan side)"),  # K
 "rayayna_ps": ("oilfield", "LY", 32.02684, 12.35643, "Rayayna pumping station"),        # G* (town row)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                  # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                     # G* (row جنوب تونس)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                         # G
 # cd3 Oil Crescent and Jufra
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),                # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 "zella_field": ("oilfield", "LY", 28.70000, 17.75000, "Zella oil field"),                # K
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                  # G
 "raslanuf_ref": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf refinery"),            # G* (row راس لانوف)
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                         # G
 "crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                        # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa Brega port"),                # G* (town row)
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                    # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                    # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                              # G
 "zueitina": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),             # G* (town row)
 # cd4 south-east fields
 "waha": ("oilfield", "LY", 28.90000, 19.90000, "Waha oil field"),                        # K
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                      # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjilah"),                                 # G
 "jalu_mun": ("district", "LY", 29.03333, 21.55000, "Jalu municipality"),                 # G* (town row)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                      # G
 "messla": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                    # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                         # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                    # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),        # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                  # G
 "border_eg": ("region", "EG", 29.60000, 25.15000, "Egypt-Libya border (Egyptian side)"),  # K
 # cd5 Ghadames basin, Hamada and the Algerian side
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                      # G
 "hamada_field": ("oilfield", "LY", 29.55000, 12.85000, "Hamada oil field"),              # K
 "border_dz": ("region", "LY", 28.85000, 10.00000, "Libya-Algeria border (near Al Wafa)"),  # K
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                    # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                     # G
 "qaryat": ("town", "LY", 30.38333, 13.58333, "Al Qaryat"),                               # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                               # G
 "hamada_region": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                       # G
 "debdeb_crossing": ("crossing", "DZ", 29.96750, 9.42389, "Debdeb border crossing"),      # G* (town row)
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                                # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                              # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),       # G
}

TRAPS = {
 "cd1": ["الشرق", "حراك فزان", "المؤسسة الوطنية للنفط", "حرس المنشآت النفطية", "القيادة العامة للجيش الوطني الليبي",
         "موسى الإدريسي"],
 "cd2": ["رأي اليوم", "المؤسسة الوطنية للنفط", "حرس المنشآت النفطية", "الزاوية الأمنية", "المجلس العسكري الزنتان",
         "قناة ليبيا الأحرار"],
 "cd3": ["الاتحاد", "الجيش الوطني الليبي", "غرفة عمليات أجدابيا", "قناة ليبيا الحدث", "زلة لسان"],
 "cd4": ["شركة الواحة للنفط", "اليوم السابع", "أبناء الواحة", "عبدالسلام الجالوي", "المؤسسة الوطنية للنفط"],
 "cd5": ["حرس المنشآت النفطية", "فرع المنطقة الغربية", "مفتاح الغدامسي", "الحرة", "الوفاء بالتزاماتها",
         "شركة مليتة للنفط والغاز"],
}

PHEN = {
 "cd1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
 "cd2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "cd3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "coverage_bases", "coverage_oil"],
 "cd4": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "cd5": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"

MOVES = {
 "cd1": [
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["حقل الشرارة"], ["أوباري"]),
  mv("airlift", "reported", LNA, ["مطار سبها"], ["حقل الفيل"]),
  mv("withdraw", "conditional", LNA, [], ["قاعدة تمنهنت"]),
  mv("deploy", "planned", LNA, [], ["الجنوب الغربي"]),
  mv("mobilise", "denied", "Chadian armed groups", ["تشاد"], ["حقل الفيل"]),
 ],
 "cd2": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["مصفاة الزاوية"], ["جنزور", "الماية"]),
  mv("naval_landing", "reported", GNA, ["قاعدة أبوستة البحرية"], ["مجمع مليتة"]),
  mv("withdraw", "conditional", GNA, ["مصفاة الزاوية"], []),
  mv("redeploy", "planned", GNA, ["قاعدة الوطية"], ["مليتة", "معبر رأس اجدير"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["محطة ضخ الرياينة"]),
 ],
 "cd3": [
  mv("naval_landing", "reported", LNA, ["بنغازي"], ["ميناء السدرة"]),
  mv("redeploy", "reported", LNA, ["قاعدة الجفرة الجوية"], ["حقل زلة"], ["زلة"]),
  mv("reinforce", "conditional", LNA, [], ["مصفاة رأس لانوف"]),
  mv("shipment", "planned", LNA, [], ["ميناء البريقة"]),
  mv("withdraw", "denied", LNA, ["البريقة"], ["اجدابيا"]),
 ],
 "cd4": [
  mv("withdraw", "planned", LNA, ["حقل الواحة"], ["أجدابيا"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["حقل السرير"]),
  mv("reinforce", "reported", LNA, ["الكفرة"], ["حقل مسلة"]),
  mv("mobilise", "conditional", LNA, [], ["جالو"]),
  mv("deploy", "denied", "Egyptian army", [], ["السرير", "مسلة"], ["الحدود مع ليبيا"]),
 ],
 "cd5": [
  mv("deploy", "reported", GNA, ["نالوت"], ["حقل الوفاء"], ["درج"]),
  mv("withdraw", "reported", GNA, ["حقل الوفاء"], []),
  mv("shipment", "reported", GNA, ["طرابلس"], ["حقل الحمادة"]),
  mv("deploy", "planned", GNA, [], ["غدامس"]),
  mv("advance", "denied", LNA, ["إدري"], ["حقل الحمادة"], ["الحمادة الحمراء"]),
  mv("reinforce", "conditional", "Algerian army", [], ["معبر الدبداب"]),
 ],
}

NOTES = {
 "cd1": ("Sharara shut by a protesters' sit-in at the valve (no movement); LNA column Tamanhint air base→Sharara via "
         "Ubari (reinforce: a guard company is already there); cargo plane Sabha airport→El Feel airstrip (airlift); "
         "the column 'will return to Tamanhint base once pumping resumes' (فور = conditional; no origin written); "
         "planned permanent force in the south-west; denied massing of gunmen from Chad near El Feel (retold in the "
         "quote, one movement). Traps: the outlet, «حراك فزان», the NOC, the PFG, the LNA command, a spokesman "
         "named الإدريسي (Idri inside a person's name). فور = conditional; bare الشرارة/الفيل are the fields."),
 "cd2": ("Force majeure at the Zawiya refinery after clashes (no movement by the two armed groups); GNU PFG force "
         "Tripoli→refinery via Janzour and Al-Maya (deploy, destination by anaphora «داخل المصفاة»); navy boats "
         "Abu Sitta naval base→Mellitah oil harbour (naval landing); «لن تغادر المصفاة إلا إذا» = conditional "
         "withdraw; planned battalion Al-Watiya→the coast road between Mellitah and Ras Ajdir (both ends destinations; "
         "the border phrase only locates the crossing); Zintan denies a move to the Rayayna pumping station («لم تغادر "
         "الزنتان» = origin). The Sharara pipeline, Tunisian towns and the capital Tunis are not movement places; "
         "«من الزاوية الأمنية» is a common-word trap."),
 "cd3": ("LNA landing ship Benghazi→Es Sider port (naval landing); a company Jufra air base→Zella field via Zillah town "
         "(redeploy); «في حال تكرار الهجمات» = conditional reinforcement of the Ras Lanuf refinery (the workers' "
         "sit-in there is not a movement); planned air-defence shipment to Brega port; a local spokesman's claimed "
         "pull-out Brega→Ajdabiya denied in the same sentence («زلة لسان», a trap containing زلة). The closing list "
         "of terminals is not a movement."),
 "cd4": ("Waha field reopened after a sit-in by youths from Jalu and Awjila (no movement); the deal «يقضي بأن تسحب» "
         "the units stationed around the field to Ajdabiya = planned withdraw (origin by anaphora «محيط الحقل»); two "
         "planes Benina→Sarir airstrip (airlift); land reinforcements Kufra→Messla; «ستحشد … في جالو إذا» = "
         "conditional mobilise; Egyptian source denies army units crossing the border towards «حقلي السرير ومسلة» "
         "(bare names after the dual are the fields). The Sarir–Hariga pipeline places are not movement places."),
 "cd5": ("GNU PFG force Nalut→Wafa field via Derj (deploy) and the flashback pull-out of the guards from the field "
         "two weeks earlier (reported withdraw, origin by anaphora «منه»); MoD trucks with ammunition Tripoli→Hamada "
         "field (shipment); planned company to Ghadames; LNA denies a column Idri→Hamada field across the Hamada "
         "al-Hamra (advance); Algerian army would reinforce near the Debdeb crossing «إذا تكررت الهجمات» "
         "(conditional). Wadi al-Shati in the denial is presence; the 2013 Tiguentourine attack is background. "
         "«الوفاء بالتزاماتها» is a common-word trap next to the Wafa field."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("cd1", "cd2", "cd3", "cd4", "cd5")
