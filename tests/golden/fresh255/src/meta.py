# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 # foreign cities and bases
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "new_alamein": ("city", "EG", 30.84, 28.88, "New Alamein"),                            # K
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "dubai": ("city", "AE", 25.07725, 55.30927, "Dubai"),                                  # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G (row spelled لأندأن)
 "konya": ("city", "TR", 37.87135, 32.48464, "Konya"),                                  # G
 # regions
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica"),                        # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "border_eg": ("region", "EG", 31.0, 25.2, "Egyptian side of the border with Libya"),   # K
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libyan side of the border with Tunisia"),  # G* (row الحدود الليبية التونسية)
 # municipalities (district) next to the towns of the same name
 "zawiya_mun": ("district", "LY", 32.75710, 12.72764, "Az Zawiya municipality"),        # G* (city row)
 "gharyan_mun": ("district", "LY", 32.17222, 13.02028, "Gharyan municipality"),         # G* (town row)
 # Libyan cities and towns
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "tocra": ("town", "LY", 32.53414, 20.57911, "Tocra"),                                  # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ras_lanuf": ("town", "LY", 30.50000, 18.52720, "Ras Lanuf"),                          # G* (oilfield row, used as the town)
 "bani_walid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                        # G
 # airports, bases, fields, ports
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت)
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "khums_port": ("crossing", "LY", 32.64861, 14.26191, "Al Khums port"),                 # G* (city row)
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa al-Brega oil terminal"),   # G* (town row)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "el_feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                # G
 "zawiya_port": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya oil terminal"),          # G* (row مصفاة الزاوية)
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),      # G* (town row)
}

TRAPS = {
 "iw1": ["عقيلة صالح", "المصري اليوم", "ليبيا الأحرار", "الوساطة المصرية", "القيادة العامة للجيش الوطني الليبي",
         "القوات المسلحة المصرية", "المتحدث العسكري المصري", "أحمد البنغازي"],
 "iw2": ["غريان أولاً", "عبد الحكيم الزنتاني", "نوري الإدريسي", "مدرسة شهداء الزاوية", "من هذه الزاوية"],
 "iw3": ["الأهلي طرابلس", "كأس ليبيا", "ملعب شهداء بنينا", "الأهلي بنغازي", "الفريق الطرابلسي",
         "حمدي الدرناوي", "الخمس الأخيرة", "الدوري المصري", "الدوري التونسي"],
 "iw4": ["أكاكوس", "السوق الليبية", "سرت لإنتاج وتصنيع النفط والغاز", "الفيلق الأفريقي",
         "سالم الإدريسي", "الزويتينة للنفط"],
 "iw5": ["خالد المصراتي", "ليبيا الحدث", "وزارة الدفاع التركية", "الليبيين"],
}

PHEN = {
 "iw1": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "vague_area",
         "border_phrase", "ambiguity_country_capital", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "coverage_oil", "countries"],
 "iw2": ["clitics", "spelling", "person_trap", "common_word_trap", "nisba", "ambiguity_idri", "town_vs_district"],
 "iw3": ["multiword", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli", "ambiguity_country_capital",
         "coverage_bases", "coverage_neighbours"],
 "iw4": ["clitics", "spelling", "multiword", "operation_trap", "nisba", "ambiguity_idri", "vague_area",
         "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "iw5": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli", "town_vs_district",
         "coverage_bases", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "iw1": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["سرت"], ["أجدابيا"]),
  mv("redeploy", "planned", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["السلوم"]),
  mv("shipment", "denied", "Egyptian army", ["السلوم"], ["الجغبوب"], ["منفذ امساعد"]),
  mv("mobilise", "conditional", "Egyptian army", [], ["الحدود مع ليبيا"]),
 ],
 "iw2": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية"], ["جنزور"]),
  mv("deploy", "planned", "Misrata forces", ["مصراتة"], ["زليطن"]),
  mv("advance", "conditional", "Zintan forces", ["الزنتان"], ["العزيزية"]),
  mv("withdraw", "denied", "GNA forces", ["صبراتة"], []),
 ],
 "iw3": [
  mv("deploy", "reported", "Libyan National Army", ["المرج"], ["بنغازي"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["بنغازي"]),
  mv("reinforce", "conditional", "Libyan National Army", ["توكرة"], ["بنغازي"]),
  mv("withdraw", "denied", "Libyan National Army", ["درنة"], []),
 ],
 "iw4": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["حقل الشرارة"], ["أوباري"]),
  mv("shipment", "reported", "Libyan National Army", ["بنغازي"], ["ميناء البريقة"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["حقل الفيل"]),
  mv("naval_landing", "conditional", "Libyan National Army", ["راس لانوف"], ["ميناء الزويتينة"]),
  mv("advance", "denied", "Russian forces", [], ["حقل الشرارة"]),
 ],
 "iw5": [
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("airlift", "reported", "Turkish armed forces", ["قونية"], ["قاعدة الوطية"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["غريان"]),
  mv("mobilise", "conditional", "Zintan forces", [], ["غريان"]),
 ],
}

NOTES = {
 "iw1": "Diplomacy towards Cairo: Aguila Saleh Benghazi->New Alamein, a Tripoli delegation to Cairo, 'تدفع نحو تسوية', "
        "'لن تنسحب من الملف', MPs who 'انسحبوا من جلسة سرت', 'تقدمت خطوات', 'هجوماً مضاداً' are not movements. Real: "
        "an LNA battalion Benghazi->Sirte via Ajdabiya (reported reinforce), Egyptian units Mohamed Naguib base->Sallum "
        "(planned redeploy), Egyptian arms trucks Sallum->Jaghbub via the Amsaad crossing (denied shipment), Egyptian "
        "massing on the border if armed groups near the Oil Crescent (conditional mobilise; the Oil Crescent is the "
        "condition, not a destination).",
 "iw2": "Municipal elections: candidates and a list withdrawing from the race, 'اجتياح المال السياسي', 'سيحشد أنصاره', "
        "election teams 'انتشرت' in Sabratha/Surman and ballot boxes from Janzour are not force movements. Real: a GNA "
        "company Tripoli->Zawiya via Janzour (reported deploy), a Misrata force to Zliten written زليطن (planned), "
        "Zintan units 'من المدينة' (=Zintan) towards Al-Aziziyah if polling centres are attacked (conditional advance), "
        "a pull-out from Sabratha (denied withdraw).",
 "iw3": "Cup semi-final: the team 'يزحف نحو اللقب', 'يتأهل إلى نهائي', 'هجوماً كاسحاً', 'يتراجع إلى مناطقه الدفاعية', "
        "the team's flight Mitiga->Benina airport, fans from Misrata, the national team's training 'معسكر' in Tunis and "
        "a side that 'انسحب من مباراة' are not movements. Real: LNA units from Al-Marj in Benghazi (reported deploy), a "
        "battalion Benina air base->central Benghazi (planned redeploy), a reserve from Tocra into 'المدينة' (=Benghazi) "
        "in case of riots (conditional reinforce), a company pulled out of Derna (denied withdraw).",
 "iw4": "Oil business: the company 'نشرت 60 مهندساً' at Sharara, firms 'تزحف عائدة', 'انسحاب', 'تتقدم بثبات', a tanker "
        "Zawiya port->Italy, lorries through Ras Ajdir, a 'هجوم' on the dinar are not movements; company names with "
        "places are traps. Real: an LNA company Sabha->Sharara via Ubari (reported deploy), LNA lorries with ammunition "
        "Benghazi->Brega port (reported shipment), an air move Tamanhint air base->El Feel (planned airlift), a battalion "
        "by sea from 'المدينة' (=Ras Lanuf) to Zueitina port if closures return (conditional naval_landing), an Africa "
        "Corps advance on Sharara (denied).",
 "iw5": "Social-media war: 'هجوم إعلامي', 'جيوش إلكترونية', 'اجتاحت', 'زحفتا', followers who 'انسحبوا', a civilian "
        "solidarity convoy Misrata->Derna are not movements. Real: a viral clip of Turkish marines landing at Al-Khums "
        "port, filmed off Tripoli (Lebanon) and denied by Ankara (denied naval_landing), a Turkish military cargo plane "
        "Konya->Al-Watiya with trainers (reported airlift), a GNA battalion Tripoli->Gharyan (planned deploy), Zintan "
        "forces massing on Gharyan's outskirts if an outside force enters (conditional mobilise).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("iw1", "iw2", "iw3", "iw4", "iw5")
