# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # Libya: the far south
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "wigh_town": ("town", "LY", 24.18590, 14.53280, "Al Wigh"),                            # G* (row قاعدة الويغ, kind town)
 "wigh_base": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                   # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G (row منفذ التوم)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row, kind district)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador Pass"),                     # G* (row مثلث السلفادور)
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),               # G* (city row طبرق)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoint": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G (row المثلث الحدودي مع النيجر وتشاد)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                # G* (row الحدود الليبية التشادية)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 # Chad
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G (row كوري بوقودي)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "tibesti_prov": ("district", "TD", 20.80000, 17.80000, "Tibesti province"),            # G* (region row, kind district)
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                 # G
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                                # G (gn row)
 "aozou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                  # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (city row نجامينا)
 "north_td": ("region", "TD", 18.20680, 19.78454, "Northern Chad"),                     # G
 # Niger
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "dirkou_airport": ("airport", "NE", 18.96870, 12.86870, "Dirkou Airport"),             # G
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                       # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G (row أغاديس)
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado"),                                # G
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                  # G
 "toummo_ne": ("crossing", "NE", 22.65000, 14.20000, "Toummo (Niger side)"),            # G* (row منفذ التوم, country NE)
 "border_ne_side": ("region", "NE", 22.90000, 13.60000, "Niger-Libya border (Niger side)"),  # K
 # Sudan and elsewhere
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "geneina": ("city", "SD", 13.45262, 22.44725, "Geneina"),                              # G
 "omdurman": ("city", "SD", 15.64453, 32.47773, "Omdurman"),                            # G
 "amsterdam": ("city", "NL", 52.37403, 4.88969, "Amsterdam"),                           # G (row آمستردام)
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                          # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G (city row الجزائر)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
}

TRAPS = {
 "nw1": ["دارفوري", "راديو دبنقا", "الجيش التشادي", "إسحاق الزواري", "الزوار", "تجمع قوى تحرير السودان",
         "مجلس القيادة العسكرية لإنقاذ الجمهورية", "سوق ليبيا"],
 "nw2": ["الشرق الأوسط", "غرفة عمليات الجنوب الغربي", "الأراضي التشادية", "حامد القطروني", "الجيش النيجري",
         "الدولة الليبية", "حكومة الوحدة الوطنية"],
 "nw3": ["سبوتنيك", "وكالة أنباء النيجر", "الفيلق الأفريقي", "الجيش النيجري", "تيلي ساحل", "الجبهة الوطنية للتحرير",
         "الفرنسية"],
 "nw4": ["بي بي سي", "الحكومة التشادية", "تلي تشاد", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "محمد إدريس ديبي",
         "الزوار", "حكومة الوحدة الوطنية"],
 "nw5": ["فسانيا", "إدريس وردكو", "الجيش النيجري", "الأراضي الليبية", "الجنود النيجريين", "مجموعة مسلحة تشادية", "التوم عبد الله"],
}

PHEN = {
 "nw1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "vague_area", "coverage_neighbours", "countries"],
 "nw2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "nw3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "nw4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours",
         "countries"],
 "nw5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
}

LNA, NONE = "Libyan National Army", None


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "nw1": [
  # Chadian army (not a canonical actor -> None) Zouar -> Kouri Bougoudi via Wour
  mv("reinforce", "reported", NONE, ["زوار"], ["كوري بوقدي"], ["وور"]),
  # Darfuri armed group «من محيط المناجم» (= Kouri Bougoudi) -> Al Qatrun
  mv("withdraw", "reported", "Sudanese armed groups", ["كوري بوقدي"], ["القطرون"]),
  # «نفى إرسال أي مقاتلين من دارفور إلى كوري بوغودي»
  mv("deploy", "denied", "Sudanese armed groups", ["دارفور"], ["كوري بوغودي"]),
  # «تعتزم ... نقل سرية إضافية من برداي إلى المناجم» (= Kouri Bougoudi)
  mv("reinforce", "planned", NONE, ["برداي"], ["كوري بوقدي"]),
  # CCMSR «سيتقدمون نحو زوار إذا ...»
  mv("advance", "conditional", "Chadian armed groups", [], ["زوار"]),
 ],
 "nw2": [
  mv("reinforce", "reported", LNA, ["سبها"], ["القطرون"], ["أم الأرانب"]),
  mv("airlift", "reported", LNA, ["قاعدة تمنهنت"], ["قاعدة الويغ الجوية"]),
  # a company that guarded the Sharara field moved to Al Wigh (between own positions)
  mv("redeploy", "reported", LNA, ["حقل الشرارة"], ["الويغ"]),
  # «ستتحرك مطلع الأسبوع المقبل إلى المنفذ» (= منفذ التوم) from the battalion in Al Qatrun
  mv("deploy", "planned", LNA, ["القطرون"], ["منفذ التوم"]),
  mv("withdraw", "denied", LNA, ["تجرهي"], ["القطرون"]),
  # «شحنة أنزلتها سفينة إنزال روسية في ميناء طبرق الشهر الماضي»: the landing is stated as fact (only its link is denied)
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
  # «ملاحقة المسلحين حتى كوري بوقدي ... إذا تكررت الاعتداءات»
  mv("advance", "conditional", LNA, [], ["كوري بوقدي"]),
  # Nigerien army (None) «دفع هو الآخر بآليات إلى ماداما»
  mv("reinforce", "reported", NONE, [], ["ماداما"]),
 ],
 "nw3": [
  mv("reinforce", "reported", NONE, ["ديركو"], ["قاعدة ماداما"], ["سيغيدين"]),
  mv("airlift", "reported", NONE, ["أغاديز"], ["مطار ديركو"]),
  mv("deploy", "planned", "Russian forces", ["نيامي"], ["ماداما"]),
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
  # the instructors' equipment «نُقلت براً إلى ماداما عبر منفذ التوم» from Tobruk port
  mv("shipment", "reported", "Russian forces", ["ميناء طبرق"], ["ماداما"], ["منفذ التوم"]),
  mv("withdraw", "denied", NONE, ["جادو"], ["بيلما"]),
  # FPL rebels (not a canonical actor -> None) «يتجمعون منذ أيام قرب ممر السلفادور»
  mv("mobilise", "reported", NONE, [], ["ممر السلفادور"]),
  mv("advance", "conditional", NONE, [], ["تومو"]),
 ],
 "nw4": [
  mv("reinforce", "reported", NONE, ["فايا لارجو"], ["زوار"]),
  # rebels «جاؤوا من جنوب ليبيا» and attacked a position near Wour
  mv("advance", "reported", "Chadian armed groups", ["جنوب ليبيا"], ["وور"]),
  # «ثم انسحبوا ... نحو جبال تيبستي» (no origin written)
  mv("withdraw", "reported", "Chadian armed groups", [], ["تيبستي"]),
  # government statement: the rebels «يحشدون عناصر إضافية في كوري بوغودي»
  mv("mobilise", "reported", "Chadian armed groups", [], ["كوري بوغودي"]),
  # «فرّوا من المنطقة إلى ليبيا» (المنطقة = Kouri Bougoudi) denied
  mv("withdraw", "denied", "Chadian armed groups", ["كوري بوغودي"], ["ليبيا"]),
  mv("deploy", "planned", NONE, [], ["أوزو", "برداي"]),
  mv("deploy", "conditional", LNA, [], ["الحدود مع تشاد"]),
 ],
 "nw5": [
  mv("redeploy", "reported", LNA, ["الويغ"], ["منفذ التوم"]),
  mv("shipment", "reported", LNA, ["سبها"], ["قطرون"]),
  mv("deploy", "planned", LNA, ["القطرون"], ["المثلث الحدودي"]),
  # «لن تنسحب من المنفذ إلا بعد ...» (= منفذ التوم)
  mv("withdraw", "conditional", LNA, ["منفذ التوم"], []),
  # Nigerien army (None) «دخول وحدات ... إلى الأراضي الليبية قرب التوم» denied
  mv("deploy", "denied", NONE, [], ["التوم"]),
  # flashback: Chadian armed group Umm al-Aranib -> Tmassah
  mv("withdraw", "reported", "Chadian armed groups", ["أم الأرانب"], ["تمسة"]),
 ],
}

NOTES = {
 "nw1": "Radio Dabanga (Amsterdam) on the Kouri Bougoudi gold fields: a Chadian army reinforcement Zouar->Kouri Bougoudi "
        "via Wour, a Darfuri group pulling out of the mines towards Al Qatrun, a denied Darfur->Kouri Bougoudi deployment, "
        "a planned company Bardai->the mines and the CCMSR's conditional advance on Zouar; anaphora «المناجم» = Kouri "
        "Bougoudi, short form «كوري», traps الزواري/الزوار/دارفوري/سوق ليبيا.",
 "nw2": "Asharq Al-Awsat (Cairo) on LNA moves in the far south: a column Sabha->Al Qatrun via Umm al-Aranib, an airlift "
        "Tamanhint base->Al Wigh air base, a planned company Al Qatrun->the Toummo crossing («المنفذ»), a denied pull-out "
        "Tajarhi->Al Qatrun, a conditional pursuit to Kouri Bougoudi and the Nigerien army at Madama; two border phrases.",
 "nw3": "Sputnik Arabic (Niamey) on Niger's north: a battalion Dirkou->Madama base via Seguedine, a special-forces "
        "airlift Agadez->Dirkou airport, planned Russian (Africa Corps) instructors Niamey->Madama, a denied pull-out "
        "Djado->Bilma and a conditional advance to Toummo; Djado (NE) is spelled like Jadu (LY).",
 "nw4": "BBC News Arabic (N'Djamena) on Tibesti: a Chadian reinforcement Faya-Largeau->Zouar, CCMSR rebels from southern "
        "Libya to Wour and back to the Tibesti mountains, the CCMSR's denied flight Kouri Bougoudi->Libya, planned posts "
        "at Aozou and Bardai and the LNA's conditional deployment on the border with Chad.",
 "nw5": "Fasania (Al Qatrun) local report: an LNA company redeployed Al Wigh->the Toummo crossing, a fuel-and-ammunition "
        "shipment Sabha->Qatrun, planned patrols Al Qatrun->the border triangle, a conditional pull-out from the crossing, "
        "a denied Nigerien entry near Toummo and a flashback Chadian pull-out Umm al-Aranib->Tmassah; التوم as a person's name.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("nw1", "nw2", "nw3", "nw4", "nw5")
