# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label, spelling or kind of surface (listed in the README).
P = {
 # oil and gas facilities (Libya, Algeria)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G (also bare الشرارة: G*)
 "el_feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G (also bare الفيل: G*)
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                    # G (also bare الوفاء: G*)
 "hamada": ("oilfield", "LY", 29.53110, 12.94370, "Hamada oil field"),                   # G (also bare الحمادة: G*)
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G (also ميناء الزاوية)
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),     # G (also bare مليتة: G*)
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 # Libya: towns, cities, bases, airports, regions
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),              # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                 # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                               # G
 "mayah": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                             # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                            # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G
 "rayayina": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                         # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 "daraj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                   # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libya side)"),  # G* (row الحدود الليبية الجزائرية)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                 # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G (row الجنوب الغربي)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 # Algeria
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G (row الجزائر, city)
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G* (row عين أميناس, written عين أمناس)
 "in_amenas_airport": ("airport", "DZ", 28.05150, 9.64291, "In Amenas Airport"),         # G* (row مطار عين أميناس, written مطار عين أمناس)
 "illizi_wilaya": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),              # G* (district row إليزي, written ولاية إليزي)
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                  # G
 "border_dz_ly": ("region", "DZ", 29.0, 9.7, "Algeria-Libya border (Algeria side)"),     # K
 # elsewhere
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "dubai": ("city", "AE", 25.07725, 55.30927, "Dubai"),                                   # G
 "riyadh": ("city", "SA", 24.68773, 46.72185, "Riyadh"),                                 # G* (row رياض, written الرياض)
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                # G
 "spain": ("country", "ES", 39.89911, -3.47555, "Spain"),                                # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                                # G
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                               # G
 "gela": ("town", "IT", 37.0660, 14.2500, "Gela"),                                       # K
}

TRAPS = {
 "qqb1": ["باور بريس", "المؤسسة الوطنية للنفط", "القوة القاهرة", "إدريس أبوبكر", "شركة أكاكوس", "اللواء طارق بن زياد",
          "شركة مليتة للنفط والغاز", "خام الفيل", "الليبيين", "الإسبانية", "الفرنسية"],
 "qqb2": ["يس ليبيا", "عبد الرحمن الغدامسي", "منطقة الساحل الغربي العسكرية", "تركية", "شركة مليتة للنفط والغاز", "إيني", "الإيطالية",
          "غرين ستريم", "الوفاء بالتزاماتها", "الأوروبيين"],
 "qqb3": ["عالم الاقتصاد", "خام برنت", "المؤسسة الوطنية للنفط", "اللواء 444 قتال", "الجيش الوطني الليبي",
          "شركتا الهروج والواحة", "عزلة", "ليبية", "خام الشرارة", "الروسية"],
 "qqb4": ["في بلادي", "الجيش الوطني الشعبي", "الناحية العسكرية الرابعة", "وزارة الدفاع الوطني", "سوناطراك",
          "الليبي", "ليبية", "جزائرية", "الوفاء بتعاقداتها"],
 "qqb5": ["مرصد مينا", "الجيش الوطني الليبي", "شعبة الإعلام الحربي", "كتائب الزنتان", "خط الشرارة", "الفيلق الأفريقي",
          "الروسية", "ليبية"],
}

PHEN = {
 "qqb1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "coverage_oil", "countries"],
 "qqb2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba", "border_phrase",
          "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qqb3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "coverage_bases",
          "coverage_oil", "countries"],
 "qqb4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_oil", "coverage_neighbours", "countries"],
 "qqb5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "coverage_bases", "coverage_oil"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qqb1": [
  mv("reinforce", "reported", None, ["أوباري"], ["حقل الشرارة"]),
  mv("deploy", "planned", "Libyan National Army", ["سبها"], ["حقل الفيل"]),
  mv("withdraw", "conditional", None, ["الفيل"], ["مرزق"]),
  mv("advance", "denied", "Libyan National Army", ["براك"], ["حقل الحمادة"]),
 ],
 "qqb2": [
  mv("deploy", "reported", "GNA forces", ["زوارة"], ["مجمع مليتة"]),
  mv("redeploy", "reported", None, ["مجمع مليتة"], ["حقل الوفاء"]),
  mv("withdraw", "planned", "GNA forces", ["مليتة"], ["زوارة"]),
  mv("reinforce", "conditional", "GNA forces", ["قاعدة الوطية"], ["حقل الوفاء"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["مجمع مليتة"]),
 ],
 "qqb3": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["مصفاة الزاوية"], ["جنزور", "الماية"]),
  mv("withdraw", "conditional", "GNA forces", ["مصفاة الزاوية"], ["طرابلس"]),
  mv("shipment", "denied", None, [], ["ميناء الزاوية"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["زلة"]),
 ],
 "qqb4": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["عين أمناس"]),
  mv("deploy", "reported", "GNA forces", ["درج"], ["حقل الوفاء"]),
  mv("deploy", "planned", "Algerian army", [], ["الحدود مع ليبيا"]),
  mv("airlift", "conditional", "Algerian army", ["ورقلة"], ["مطار عين أمناس"]),
  mv("advance", "denied", "Algerian army", ["الدبداب"], ["حقل الوفاء"]),
 ],
 "qqb5": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["حقل الشرارة"], ["أوباري"]),
  mv("withdraw", "reported", None, ["حقل الفيل"], ["اوباري"]),
  mv("redeploy", "planned", "GNA forces", ["مصفاة الزاوية"], ["مجمع مليتة"]),
  mv("mobilise", "conditional", "Zintan forces", [], ["الرياينة"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["حقل الشرارة"]),
 ],
}

NOTES = {
 "qqb1": "Egyptian energy-news site (Power Press) from Cairo on the Hamada valve closure that stopped Sharara: PFG "
         "reinforcements Ubari→Sharara field (actor null), a planned Tariq bin Ziyad company Sabha→El Feel field to take "
         "over the gates, the El Feel guards' conditional withdrawal El Feel→Murzuq («لن يغادروا … إلا إذا» pay arrives) "
         "and the LNA's denied column Brak→Hamada field; the unarmed protesters at the valves, the charter planes "
         "evacuating 140 workers to Mitiga airport in Tripoli, the Cairo dateline, exports to Italy and Spain and the "
         "2021 closure of four fields are not movements or movement places; القاهرة also sits inside «القوة القاهرة».",
 "qqb2": "Libyan news site (Yes Libya) from Zuwara on the Mellitah handover: a GNU Western Coast army unit Zuwara→"
         "Mellitah complex, the PFG gate guards leaving the complex for the Wafa field (redeploy, null), the unit's planned "
         "pull-back Mellitah→Zuwara in May, a conditional company Al-Watiya base→Wafa field and a denied Turkish naval "
         "landing near the complex; workers' buses from Zuwara and Sabratha, the Ajaylat–Zuwara clashes, Greenstream gas "
         "to Gela in Sicily, Ghadames (location reference) and the open border with Algeria are not movements; جيلا also "
         "sits inside العجيلات and الوفاء inside «الوفاء بالتزاماتها».",
 "qqb3": "Saudi business monthly (Alam Al-Eqtisad «عالم الاقتصاد», Riyadh) on Libyan output and the Zawiya refinery: a 444 "
         "Brigade force Tripoli→Zawiya refinery via Janzour and Al-Mayah, its conditional return to Tripoli («بمجرد»), a "
         "denied ammunition cargo at Zawiya port (the tanker's gasoline from Malta is civilian) and a planned LNA airlift "
         "Jufra air base→Zillah; Brent and Sharara crude, the Riyadh dateline (written الرياض, gazetteer رياض), Dubai "
         "analysts, Italy and Spain as buyers and Zawiya town (local groups, a condition) are not movement places; «عزلة» "
         "holds زلة.",
 "qqb4": "Algerian energy page (Fibladi) on In Amenas and the Wafa field: Algerian army reinforcements Ouargla→In Amenas "
         "(written عين أمناس), a GNU company Daraj→Wafa field, a planned army deployment along the border with Libya "
         "(Algeria side), a conditional airlift Ouargla→In Amenas airport and a denied Algerian entry Debdeb→Wafa field; "
         "the 60 workers flown to Tripoli, Tripoli as General Staff seat, Ghadames, Illizi province and the 2013 "
         "Tiguentourine attack are not movements.",
 "qqb5": "Monitoring platform (MENA Monitor «مرصد مينا») weekly list of moves around Libyan oil fields: an LNA column Brak "
         "air base→Sharara field via Ubari, PFG guards El Feel field→Ubari after the handover, a planned GNU battalion "
         "Zawiya refinery→Mellitah complex (relief), a Zintan commander's conditional massing in Al-Rayayina and the Russian embassy's "
         "denied Africa Corps airlift Jufra air base→Sharara field; unarmed tribal protesters at the valves, civilian "
         "evacuation flights El Feel→Mitiga airport, Tripoli as seat of the General Staff and the embassy, Fezzan and "
         "the south-west are not movements; الفيل also sits inside «الفيلق الأفريقي».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qqb1", "qqb2", "qqb3", "qqb4", "qqb5")
