# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # capitals and cities outside the theatre
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G (city row الجزائر)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # Libya: bases and airports
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "wigh_base": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                   # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh"),                                 # G* (row قاعدة الويغ)
 # Libya: Fezzan towns and areas
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G (district row مرزق)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G
 "waw_kabir": ("village", "LY", 25.35000, 16.72000, "Wau al-Kabir"),                    # G* (row الواو الكبير)
 "waw_namus": ("region", "LY", 24.92000, 17.77000, "Waw an Namus"),                     # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "tobruk_port": ("crossing", "LY", 32.07000, 23.98000, "Port of Tobruk"),               # K
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 # Chad
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G* (row كوري بوقودي)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                                # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                 # G
 "aozou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                  # G
 "miski": ("village", "TD", 20.16670, 18.01670, "Miski"),                               # G* (row مسكي)
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G* (row فايا لارجو)
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya Largeau Airport"),         # G
 "adji": ("base", "TD", 12.13370, 15.03400, "Adji Kossei Air Base"),                    # G
 "north_td": ("region", "TD", 19.50000, 18.50000, "Northern Chad"),                     # K
 "border_td_side": ("region", "TD", 22.00000, 17.00000, "Chad-Libya border (Chadian side)"),  # K
 # Niger
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama base"),                           # G
 "border_ne_side": ("region", "NE", 22.20000, 13.80000, "Niger-Libya border (Nigerien side)"),  # K
}

TRAPS = {
 "tb1": ["تشاديين", "الشرق الأوسط", "خليفة حفتر", "عملية تأمين الحدود الجنوبية", "التشادية",
         "جبهة التناوب والوفاق في تشاد", "مسعود القطروني"],
 "tb2": ["التشادي", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "الليبية", "فرانس برس", "الجيش الوطني الليبي",
         "جبهة التناوب والوفاق في تشاد", "إدريس ديبي إتنو", "محمد إدريس ديبي"],
 "tb3": ["التشاديين", "سبوتنيك", "الجيش الوطني الليبي", "التشادية", "جبهة التناوب والوفاق",
         "مجلس القيادة العسكرية لإنقاذ الجمهورية", "سودانيين", "الترهوني", "الدعم المالي"],
 "tb4": ["المتوسط", "المرزوقي", "تشادية", "فندق فزان", "التشادي", "وكالة الأنباء التشادية", "الليبية",
         "جبهة التناوب والوفاق", "غرفة عمليات الجنوب", "اللواء طارق بن زياد"],
 "tb5": ["التشادي", "جبهة التناوب والوفاق في تشاد", "يورونيوز", "محمد إدريس ديبي", "إذاعة فرنسا الدولية",
         "أعداد زوارها", "خليفة حفتر", "التشادية"],
}

PHEN = {
 "tb1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "tb2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "tb3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "tb4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "tb5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
         "coverage_oil", "coverage_neighbours", "countries"],
}

LNA, CAG = "Libyan National Army", "Chadian armed groups"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "tb1": [
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["القطرون"], ["مرزق"]),
  mv("withdraw", "reported", CAG, ["تجرهي"], ["كوري بوغودي"]),
  mv("redeploy", "planned", LNA, ["القطرون"], ["منفذ التوم"]),
  mv("advance", "conditional", LNA, [], ["واو الناموس"]),
  mv("advance", "denied", CAG, [], ["سبها", "مرزق"]),
  mv("advance", "reported", CAG, ["ليبيا"], ["زوار"]),
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
 ],
 "tb2": [
  mv("advance", "reported", CAG, ["ليبيا"], ["كوري بوغودي"]),
  mv("airlift", "reported", None, ["قاعدة أدجي كوسي الجوية"], ["مطار فايا لارجو"]),
  mv("reinforce", "reported", None, ["مطار فايا لارجو"], ["زوار"]),
  mv("deploy", "planned", None, [], ["برداي", "وور"]),
  mv("deploy", "conditional", None, [], ["أوزو", "ميسكي"]),
  mv("withdraw", "denied", CAG, ["كوري بوغودي"], ["ليبيا"]),
 ],
 "tb3": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار سبها"]),
  mv("advance", "planned", LNA, ["سبها"], ["أم الأرانب", "تمسة"]),
  mv("mobilise", "reported", CAG, [], ["واو الكبير"]),
  mv("reinforce", "conditional", LNA, ["قاعدة براك الجوية"], ["تمسة"]),
  mv("withdraw", "denied", LNA, ["القطرون", "الويغ"], []),
  mv("naval_landing", "denied", "Russian forces", [], ["ميناء طبرق"]),
 ],
 "tb4": [
  mv("redeploy", "reported", LNA, ["القطرون"], ["قاعدة الويغ"]),
  mv("advance", "denied", None, ["كوري بوغودي"], ["تجرهي"], ["الحدود مع ليبيا"]),
  mv("withdraw", "reported", CAG, ["كوري بوغودي"], ["أم الأرانب"]),
  mv("deploy", "planned", LNA, ["سبها"], ["القطرون"]),
  mv("shipment", "reported", LNA, ["قاعدة تمنهنت"], ["القطرون"]),
  mv("advance", "conditional", LNA, [], ["الحدود مع تشاد"]),
 ],
 "tb5": [
  mv("reinforce", "reported", None, ["فايا"], ["زوار"]),
  mv("advance", "conditional", CAG, [], ["زوار", "برداي"]),
  mv("mobilise", "reported", CAG, [], ["أم الأرانب"]),
  mv("shipment", "denied", None, ["ليبيا"], ["تيبستي"], ["النيجر"]),
  mv("deploy", "planned", None, [], ["قاعدة ماداما"]),
 ],
}

NOTES = {
 "tb1": ("Asharq Al-Awsat style (Cairo desk, military source in Benghazi): LNA reinforcement Tamanhint air base→Al Qatrun "
         "via Murzuq; FACT pull-back Tajarhi→Kouri Bougoudi; planned move of a company Al Qatrun→the Toummo crossing; "
         "conditional advance on Waw an-Namus; FACT's denial of any move on Sabha or Murzuq; N'Djamena's account of rebels "
         "from Libya attacking near Zouar (reported); a Russian landing at Tobruk port (reported; Moscow is only the "
         "speaker). Traps: the outlet, FACT's full name (contains تشاد), the operation name, an officer whose nisba "
         "contains القطرون; Murzuq as town and as شعبية."),
 "tb2": ("France 24 / AFP style (N'Djamena): Chadian army statement on a CCMSR attack from Libya on Kouri Bougoudi; "
         "airlift Adji Kossei air base→Faya-Largeau airport then on by road to Zouar; planned battalion for Bardai and "
         "Wour; conditional armour to Aozou and Miski; CCMSR denies pulling back from Kouri Bougoudi into Libya. The "
         "Chadian army has no canonical actor (null). Traps: Idriss Deby (إدري inside إدريس), AFP, rebel and LNA names."),
 "tb3": ("Sputnik Arabic style (exclusive LNA source, Benghazi): airlift Benina air base→Sabha airport; planned advance "
         "Sabha→Umm al-Aranib/Tmassah; rebels massing near Wau al-Kabir (the Kufra road is a locator); conditional "
         "reinforcement Brak air base→Tmassah; denied LNA pull-out from Al Qatrun and Al Wigh; denied Russian landing at "
         "Tobruk port. An analyst whose name contains ترهون; «الدعم المالي» (Mali inside 'financial'); Sharara and the "
         "neighbours named only as context."),
 "tb4": ("Al-Mutawaset style (Libyan site, Sabha): the Al Qatrun mayor's complaint — battalion 177 redeployed Al Qatrun→"
         "Al Wigh base (reported); herders' claim of Chadian army vehicles from Kouri Bougoudi across the border to Tajarhi, "
         "denied by Chad's defence ministry (one denied movement); FACT fighters fled Kouri Bougoudi→Umm al-Aranib; planned "
         "company Sabha→Al Qatrun; ammunition and fuel trucks Tamanhint base→Al Qatrun (reported shipment); conditional "
         "LNA advance to the border with Chad. The mayor's demands (bring the battalion back, reopen Toummo) are not "
         "movements."),
 "tb5": ("Euronews Arabic style (with agencies): Chadian army convoy Faya→Zouar (reported, retold by a resident); FACT's "
         "conditional advance on Zouar and Bardai; FACT massing around Umm al-Aranib (reported mobilisation); Niger denies "
         "arms shipments crossed its territory from Libya to the Tibesti (via = Niger, no owner named); planned Nigerien "
         "units at Madama base. Common-word trap: زوارها ('its visitors') next to Zouar; Algiers written الجزائر العاصمة."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("tb1", "tb2", "tb3", "tb4", "tb5")
