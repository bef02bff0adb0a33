# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "qatar": ("country", "QA", 25.36383, 51.13780, "Qatar"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # shared Libyan places
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "wigh_base": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                   # G
 "wigh_airport": ("airport", "LY", 24.18590, 14.53280, "Al Wigh Airport"),              # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row)
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "zawila": ("town", "LY", 26.16188, 15.12522, "Zawilah"),                               # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "tobruk_port": ("crossing", "LY", 32.073, 23.975, "Port of Tobruk"),                   # K
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),      # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # Chad
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (also for the spelling إنجامينا)
 "ndjamena_airport": ("airport", "TD", 12.13370, 15.03400, "N'Djamena International Airport"),  # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                 # G
 "zouarke": ("village", "TD", 20.60000, 16.20000, "Zouarke"),                           # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "border_td_side": ("region", "TD", 22.2, 17.4, "Chad-Libya border (Chadian side)"),    # K
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya Largeau Airport"),         # G
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                                # G
 "kanem": ("district", "TD", 15.03933, 15.02364, "Kanem"),                              # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G* (row كوري بوقودي)
 "aouzou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                 # G
 "miski": ("village", "TD", 20.16670, 18.01670, "Miski"),                               # G* (row مسكي)
 "fada": ("town", "TD", 17.19186, 21.58081, "Fada"),                                    # G* (row فدا)
 "ennedi_w": ("district", "TD", 18.50000, 21.40000, "Ennedi-Ouest province"),           # G* (row إنيدي الغربية, kind region)
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                # G* (row أبشي)
 # other neighbours and capitals
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (row خرطوم)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
}

TRAPS = {
 "xf1": ["مونت كارلو الدولية", "جبهة التناوب والوفاق في تشاد", "الجيش التشادي", "الجيش الوطني الليبي", "الأراضي الليبية",
         "الزوار", "إدريس ديبي إتنو", "محمد إدريس ديبي"],
 "xf2": ["القدس العربي", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "الجيش الوطني الليبي", "اللواء طارق بن زياد",
         "الجيش التشادي", "عيسى القطروني", "مالي", "المجموعات التشادية"],
 "xf3": ["السوداني", "اتحاد قوى المقاومة", "كتيبة سبل السلام", "الجيش الوطني الليبي", "إدريس ديبي", "الأخبار السارة",
         "حركات دارفورية", "مصادر عسكرية تشادية"],
 "xf4": ["قنا", "وكالة الأنباء القطرية", "اتفاق الدوحة للسلام", "جبهة التناوب والوفاق في تشاد", "محمد إدريس ديبي",
         "الحكومة التشادية", "المبعوث القطري"],
 "xf5": ["الغد", "الجيش الوطني الليبي", "عاصفة فزان", "مفتاح السبهاوي", "التشاديين"],
}

PHEN = {
 "xf1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "xf2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "xf3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "xf4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_neighbours",
         "countries"],
 "xf5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "xf1": [
  mv("advance", "reported", "Chadian armed groups", ["أم الأرانب"], ["وور"], ["منفذ التوم"]),
  mv("reinforce", "reported", None, ["فايا لارجو"], ["زواركي"]),
  mv("airlift", "planned", None, ["مطار إنجامينا"], ["مطار فايا لارجو"]),
  mv("withdraw", "conditional", "Chadian armed groups", ["وور"]),
  mv("shipment", "denied", "Libyan National Army", ["قاعدة الويغ"], ["وور"]),
 ],
 "xf2": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["أم الأرانب"], ["غدوة"]),
  mv("withdraw", "reported", "Chadian armed groups", ["كوري بوغودي"], ["تمسه"]),
  mv("deploy", "planned", "Libyan National Army", ["أم الأرانب"], ["تمسة"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["مطار الويغ"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["القطرون"]),
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
 ],
 "xf3": [
  mv("advance", "reported", "Chadian armed groups", ["مثلث العوينات"], ["فادا"]),
  mv("airlift", "planned", None, ["أبشة"], ["فادا"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["الكفرة"]),
  mv("withdraw", "conditional", "Sudanese armed groups", ["الكفرة"], ["دارفور"]),
  mv("naval_landing", "denied", "Russian forces", [], ["ميناء طبرق"]),
  mv("deploy", "denied", "Russian forces", ["ميناء طبرق"], ["قاعدة معطن السارة"]),
 ],
 "xf4": [
  mv("withdraw", "reported", None, ["أوزو"], ["فايا لارجو"]),
  mv("redeploy", "planned", "Chadian armed groups", ["ميسكي"], ["برداي"]),
  mv("reinforce", "denied", None, [], ["كوري بوغودي"]),
  mv("withdraw", "conditional", "Chadian armed groups", ["تمسة"], ["تيبستي"]),
 ],
 "xf5": [
  mv("advance", "reported", "Libyan National Army", ["القطرون"], ["قاعدة الويغ"], ["تجرهي"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["قاعدة الويغ"]),
  mv("withdraw", "reported", "Chadian armed groups", ["وور"], ["منفذ التوم"]),
  mv("deploy", "planned", "Libyan National Army", ["قاعدة الويغ"], ["منفذ التوم"]),
  mv("redeploy", "conditional", "Libyan National Army", ["قاعدة تمنهنت"], ["أم الأرانب"]),
  mv("withdraw", "denied", "Libyan National Army", ["القطرون"]),
 ],
}

NOTES = {
 "xf1": "MCD from N'Djamena: a FACT column Umm al-Aranib→Wour via the Tummo crossing (the Libyan south and Tibesti only "
        "locate the ends; '180 km from the border with Libya' is a distance reference); Chadian army reinforcements "
        "Faya-Largeau→Zouarke ('40 km north-west of Zouar' = distance reference; Zouar also civilian road and residents); "
        "a planned airlift N'Djamena airport→Faya-Largeau airport; FACT's conditional withdrawal from Wour (to 'Libyan "
        "territory', no place name; N'Djamena only the government in the condition); the LNA's denied fuel-and-ammunition "
        "shipment from Al-Wigh base to Wour (Sabha is only where the source spoke). Chadian army actor = null (no "
        "canonical name).",
 "xf2": "Al-Quds Al-Arabi from Tripoli: LNA reinforcements Sabha→Umm al-Aranib via Ghuddwa (Murzuq district only locates "
        "Umm al-Aranib); a CCMSR withdrawal Kouri Bougoudi→Tmassah (spelled تمسه; '110 km east of Umm al-Aranib' is a "
        "distance reference); a planned company Umm al-Aranib→Tmassah (the road to Zawila is its purpose, not a "
        "destination); a conditional airlift Al-Jufra air base→Al-Wigh airport if the rebels head to Murzuq (condition "
        "only); the CCMSR's denied massing in Al-Qatrun; a reported Russian landing at Tobruk port. Tripoli = dateline "
        "and ministry; Sharara/El Feel only threatened.",
 "xf3": "Al-Sudani from Khartoum: a UFR column Jebel Uweinat triangle→Fada (Libya, Egypt, Sudan only locate the "
        "triangle; Ennedi-Ouest only locates Fada); a planned airlift Abeche→Fada by N'Djamena (the ministry's seat); "
        "Darfuri groups' reported massing around Kufra and their conditional return Kufra→Darfur; the LNA brigade's "
        "denial of a Russian landing at Tobruk port and of the onward move Tobruk port→Maaten al-Sarra base (the border "
        "with Chad only locates the base). Doha is Timan Erdimi's residence; Kufra–Fada is a smuggling corridor.",
 "xf4": "QNA from Doha: Chad's reported pull-back Aouzou→Faya-Largeau ('60 km from the border with Libya' a distance "
        "reference); a planned transfer of Doha-agreement fighters Miski→a cantonment near Bardai; N'Djamena's denial "
        "of reinforcements to Kouri Bougoudi; FACT's conditional return Tmassah→Tibesti (the Libyan south only locates "
        "Tmassah). Algiers hosted a meeting; Algeria, Qatar and the neighbours are only speakers or participants.",
 "xf5": "Alghad from Benghazi: an LNA advance Al-Qatrun→Al-Wigh base via Tajarhi (the border with Chad and Niger is the "
        "aim, not a destination); 18 fuel-and-ammunition trucks Sabha→the base (anaphora 'القاعدة'); a reported rebel "
        "pull-out Wour→the Tummo crossing ('170 km from Tummo' before it is a distance reference); a planned company "
        "from the base (Al-Wigh) to Tummo; a conditional battalion Tamanhint base→Umm al-Aranib if the rebels near "
        "Murzuq (condition only); a denied evacuation of Al-Qatrun. Tripoli and Fezzan are speakers/background; El Feel "
        "only the site of an attack.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("xf1", "xf2", "xf3", "xf4", "xf5")
