# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # capitals and datelines
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (row نجامينا; written أنجمينا, انجامينا)
 "ndjamena_airport": ("airport", "TD", 12.13370, 15.03400, "N'Djamena International Airport"),  # G (row مطار إنجامينا)
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "nouakchott": ("city", "MR", 18.08581, -15.97850, "Nouakchott"),                       # G (row نواكشوط; written انواكشوط)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # Chad: Borkou-Tibesti
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G (written تيبستي, تيبستى)
 "tibesti_prov": ("district", "TD", 20.30159, 16.62370, "Tibesti Province"),            # G (row تبستي; written إقليم تبستي/تبستى)
 "north_chad": ("region", "TD", 18.20680, 19.78454, "Northern Chad"),                   # G (row شمال تشاد; also written الشمال التشادي)
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G (row كوري بوقودي; written كوري بوغودي, كورى بوجودى)
 "miski": ("village", "TD", 20.16670, 18.01670, "Miski"),                               # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "zouarke": ("village", "TD", 20.60000, 16.20000, "Zouarke"),                           # G (written زواركي, زواركى)
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                                # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                 # G
 "aozou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                  # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G (also written فايا)
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya-Largeau Airport"),         # G
 "border_td_ly": ("region", "TD", 22.2, 17.2, "Chad-Libya border (Chad side)"),         # K
 # Libya: Fezzan and the Chad/Niger borders
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G (row جنوب ليبيا; also written الجنوب الليبي)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libya side)"),  # G* (row الحدود الليبية التشادية; written الحدود مع تشاد)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),  # G* (row الحدود الليبية النيجرية; written الحدود مع النيجر)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al-Aranib"),                     # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G
 "waw_kabir": ("village", "LY", 25.35000, 16.72000, "Wau al-Kabir"),                    # G
 "waw_namus": ("region", "LY", 24.92000, 17.77000, "Waw an Namus"),                     # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "wigh_base": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                   # G
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),            # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
}

TRAPS = {
 "qrf1": ["الجيش التشادى", "جبهة الوفاق من أجل التغيير فى تشاد", "راديو فرنسا الدولى", "ليبية", "الاتحاد الأفريقى",
          "إدريس ديبى إتنو", "محمد إدريس ديبى"],
 "qrf2": ["تشاديون", "التشادية", "الشريط الإخباري", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "عيسى القطروني",
          "الجيش الوطني الليبي", "الليبي", "الليبية", "وكالة فرانس برس"],
 "qrf3": ["التشادية", "التشادي", "مركز الوعي للدراسات الأفريقية", "الجيش الوطني الليبي", "الليبي",
          "جبهة الوفاق من أجل التغيير في تشاد", "اتحاد قوى المقاومة", "تفاهمات الدوحة", "الجيش التشادي"],
 "qrf4": ["الجيش التشادي", "التشادية", "التلفزة الموريتانية", "الزوار", "جبهة الوفاق من أجل التغيير في تشاد",
          "الجيش الوطني الليبي", "الليبي", "إدريس ديبي إتنو", "محمد إدريس ديبي", "اتفاق الدوحة"],
 "qrf5": ["الجيش الليبي", "تشاديون", "ميديا نايا", "الجيش الوطني الليبي", "وكالة الأنباء الليبية", "التشادية",
          "ليبيا الأحرار", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "تشادي", "المسكين"],
}

PHEN = {
 "qrf1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "qrf2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "coverage_neighbours", "countries"],
 "qrf3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
          "coverage_neighbours"],
 "qrf4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "qrf5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qrf1": [
  mv("reinforce", "reported", "Chadian army", ["فايا لارجو"], ["زوار"]),
  mv("airlift", "planned", "Chadian army", ["مطار أنجمينا"], ["مطار فايا لارجو"]),
  mv("withdraw", "reported", "Chadian armed groups", [], ["الحدود مع ليبيا"]),
  mv("deploy", "denied", "Chadian armed groups", ["أم الأرانب"], ["كورى بوجودى"]),
  mv("advance", "conditional", "Chadian armed groups", [], ["فايا"]),
 ],
 "qrf2": [
  mv("advance", "denied", "Chadian armed groups", ["كوري بوغودي"], ["زواركي"]),
  mv("deploy", "reported", "Chadian army", ["زوار"], ["زواركي", "برداي"]),
  mv("deploy", "planned", "Chadian army", [], ["وور"]),
  mv("reinforce", "reported", "Chadian armed groups", [], ["كوري بوغودي"], ["تمسة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["القطرون"], ["الحدود مع تشاد"]),
 ],
 "qrf3": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["أم الأرانب"]),
  mv("redeploy", "reported", "Chadian armed groups", ["أم الأرانب"], ["الواو الكبير"]),
  mv("deploy", "denied", "Chadian armed groups", ["تمسة"], ["كوري بوقودي"]),
  mv("deploy", "planned", "Chadian army", ["فايا لارجو"], ["مسكي"]),
  mv("withdraw", "conditional", "Chadian armed groups", ["الواو الكبير"], ["تيبستي"]),
 ],
 "qrf4": [
  mv("redeploy", "reported", "Chadian army", ["زوار"], ["وور"]),
  mv("withdraw", "denied", "Chadian army", ["أوزو"], ["برداي"]),
  mv("advance", "planned", "Chadian armed groups", ["كوري بوغودي"], ["فايا"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["مسكي"]),
  mv("advance", "conditional", "Libyan National Army", ["قاعدة الويغ"], ["الحدود مع تشاد"]),
 ],
 "qrf5": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["القطرون"], ["أم الأرانب"]),
  mv("withdraw", "reported", "Chadian armed groups", ["الواو الكبير"], ["الحدود مع تشاد"]),
  mv("deploy", "planned", "Libyan National Army", ["القطرون"], ["تجرهي"]),
  mv("advance", "denied", "Chadian armed groups", [], ["تمسة"]),
  mv("advance", "conditional", "Chadian army", [], ["ليبيا"]),
 ],
}

NOTES = {
 "qrf1": "Egyptian news site (Enfrad «انفراد», byline, Egyptian spelling فى/التى/الذى and كورى بوجودى, زواركى, تيبستى) "
         "on a Chadian army communiqué from N'Djamena: armoured reinforcements Faya-Largeau→Zouar, a planned special-forces "
         "airlift N'Djamena airport→Faya-Largeau airport, FACT attackers fleeing north towards the border with Libya (Chad "
         "side), FACT's denial of a transfer of fighters Umm al-Aranib→Kouri Bougoudi and its conditional advance on Faya "
         "(N'Djamena only in the condition); the headline repeats the reinforcement, the traders' convoys to Zouarke are "
         "civilian, the 2021 offensive from Southern Libya is background, Zouar/Wour in the quote are positions.",
 "qrf2": "Jordanian news site (Al-Shareet al-Ikhbari «الشريط الإخباري», AFP-style, dateline نجامينا) on the CCMSR's "
         "claim to have entered Zouarke from Kouri Bougoudi (denied by the general staff), army units Zouar→Zouarke and "
         "Bardai, a planned company for Wour, a CCMSR column reinforcing Kouri Bougoudi via Tmassah (residents' report) "
         "and the LNA 128th battalion's conditional reinforcement Al-Qatrun→the border with Chad (Libya side); gold miners "
         "fleeing Kouri Bougoudi→Al-Qatrun are civilian, the 2018 capture of Kouri Bougoudi is background, «الحدود مع "
         "ليبيا» is only the purpose of the planned company, عيسى القطروني holds القطرون.",
 "qrf3": "Think-tank situation assessment (Al-Waey Center for African Studies «مركز الوعي للدراسات الأفريقية», no "
         "dateline) with scenarios: two LNA battalions Sabha→Umm al-Aranib, FACT's redeployment Umm al-Aranib→Waw "
         "al-Kabir, the UFR's denial of a move Tmassah→Kouri Bougoudi (written كوري بوقودي), N'Djamena's planned "
         "armoured brigade Faya-Largeau→Miski (actor Chadian army, the capital by metonymy) and a conditional scenario "
         "withdrawal Waw al-Kabir→Tibesti; the first scenario (factions staying) and the third (joint patrols of "
         "Benghazi, N'Djamena and Niamey) are not moves; «تفاهمات الدوحة» holds Doha.",
 "qrf4": "Mauritanian state TV (Télévision de Mauritanie «التلفزة الموريتانية», dateline انواكشوط, N'Djamena written "
         "انجامينا) on a Chadian army battalion redeployed Zouar→Wour, the denied army pull-out Aozou→Bardai, FACT's "
         "announced (planned) advance Kouri Bougoudi→Faya, FACT fighters massing near Miski (not commented, reported) and "
         "an LNA conditional advance from Al-Wigh air base to the border with Chad (Libya side); «منع الزوار» (visitors; "
         "holds زوار), patrols watching the Qatrun–Tajarhi tracks, refugees from Sudan and the 2021 death of Idriss Deby "
         "are not moves.",
 "qrf5": "Moroccan news site (Medianaya «ميديا نايا», «متابعة») from Libyan sources: an LNA column Tamanhint air base→"
         "Al-Qatrun via Umm al-Aranib, Chadian opposition groups leaving Waw al-Kabir for the border with Chad (Libya "
         "side), a planned LNA company Al-Qatrun→Tajarhi (the Toummo crossing and the border with Niger only as the "
         "road's end), the CCMSR's denied entry into Tmassah and the Chadian army's conditional crossing into Libya; army "
         "units «الموجودة» in Kouri Bougoudi and Miski are static, «المسكين» holds مسكي, the Libya–Chad border in the "
         "last paragraph is background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qrf1", "qrf2", "qrf3", "qrf4", "qrf5")
