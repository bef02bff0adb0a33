# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                    # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                     # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                   # G
 # capitals and northern cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                           # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                    # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                   # G
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Tobruk port"),                          # K
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                    # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G* (city row الجزائر)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                               # G* (city row نجامينا)
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                     # G
 # Libyan south
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                      # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                     # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                         # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                 # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),            # G* (town row)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                               # G
 "wigh_base": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                       # G
 "wigh_airport": ("airport", "LY", 24.18590, 14.53280, "Al Wigh Airport"),                  # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),                # G
 "wau": ("village", "LY", 25.35000, 16.72000, "Wau al-Kabir"),                              # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                               # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                    # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                      # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                        # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),                   # G* (town row)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                               # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                 # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                     # G
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador Pass"),                         # G* (row مثلث السلفادور)
 # vague areas and border phrases
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                        # G* (row جنوب ليبيا)
 "tri_ne_td": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),    # G* (row المثلث الحدودي مع النيجر وتشاد)
 "tri_dz_ne": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"), # G (row المثلث الحدودي)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                # G* (row الحدود الليبية النيجرية)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                 # G* (row الحدود الليبية التشادية)
 "border_td_side": ("region", "TD", 22.2, 17.3, "Chad-Libya border (Chadian side)"),        # K
 "border_ne_side": ("region", "NE", 22.3, 14.0, "Niger-Libya border (Nigerien side)"),      # K
 "border_dz_side": ("region", "DZ", 24.4, 10.2, "Algeria-Libya border (Algerian side)"),    # K
 # Chad
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                                # G
 "tibesti_prov": ("district", "TD", 20.30159, 16.62370, "Tibesti province"),                # G (row تبستي)
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                           # G
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                                    # G
 "aozou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                      # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                      # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                     # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                                # G* (row فايا لارجو)
 # Niger
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                     # G
 "agadez_reg": ("district", "NE", 19.42135, 10.68918, "Agadez region"),                     # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                    # G
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado"),                                    # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                    # G
 "toummo_ne": ("crossing", "NE", 22.65000, 14.20000, "Toummo (Nigerien post)"),             # G* (row منفذ التوم, country NE)
 # Algeria
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                                  # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),       # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                           # G
}

LNA, CHAD_AG, ALG, RUS = "Libyan National Army", "Chadian armed groups", "Algerian army", "Russian forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "ja1": ["فواصل", "عمر التومي", "التومي", "التشاديين", "التشادية", "النيجري", "التشادي"],
 "ja2": ["الجيش التشادي", "التلفزيون الوطني التشادي", "الوطني التشادي", "الصحراء الآمنة",
         "محمد إدريس ديبي إتنو", "زوار المنطقة", "مجلس القيادة العسكرية لإنقاذ الجمهورية",
         "جبهة الوفاق من أجل التغيير في تشاد", "الأراضي الليبية"],
 "ja3": ["الجيش النيجري", "وكالة الأنباء النيجرية", "القوات المسلحة النيجرية", "التشاديين", "الجبهة الوطنية للتحرير",
         "الأراضي الليبية", "الروس", "الليبي", "وزير الدفاع النيجري"],
 "ja4": ["قورينا", "الوطني الليبي", "لواء طارق بن زياد", "الواحات المتناثرة", "مفتاح الإدريسي",
         "المنطقة العسكرية الجنوبية", "الأوباري", "الأراضي الليبية"],
 "ja5": ["الجيش الجزائري", "جزائرية", "بوابة أفريقيا الإخبارية", "الجانب الجزائري", "ليبية", "التشاديين",
         "الجيش النيجري"],
}

PHEN = {
 "ja1": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries",
         "ambiguity_tripoli"],
 "ja2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "ja3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "ja4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ja5": ["clitics", "multiword", "media_trap", "nisba", "ambiguity_tripoli", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
}

MOVES = {
 "ja1": [
  mv("reinforce", "reported", LNA, ["سبها"], ["منفذ التوم"], ["أم الأرانب", "القطرون", "تجرهي"]),
  mv("airlift", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["قاعدة الويغ"]),
  mv("deploy", "planned", LNA, ["قاعدة الويغ"], ["الواو الكبير"]),
  mv("withdraw", "reported", CHAD_AG, ["منفذ التوم"], ["كوري بوقودي"]),
  mv("withdraw", "denied", LNA, ["منفذ التوم"], ["القطرون"]),
  mv("advance", "conditional", LNA, [], ["المثلث الحدودي"]),
 ],
 "ja2": [
  mv("airlift", "reported", None, ["إنجامينا"], ["برداي"]),
  mv("advance", "reported", None, ["برداي"], ["كوري بوغودي"], ["أوزو"]),
  mv("shipment", "reported", None, ["فايا"], ["زوار"]),
  mv("redeploy", "planned", None, ["زوار"], ["وور"]),
  mv("withdraw", "conditional", None, ["كوري بوغودي"], ["برداي"]),
  mv("mobilise", "denied", CHAD_AG, [], ["الواو الكبير"]),
 ],
 "ja3": [
  mv("reinforce", "reported", None, ["أغاديس"], ["جادو"], ["ديركو"]),
  mv("withdraw", "reported", CHAD_AG, ["جادو"], ["الحدود مع ليبيا"]),
  mv("airlift", "planned", None, ["نيامي"], ["مادما"]),
  mv("withdraw", "denied", None, ["تومو"], ["ماداما"]),
  mv("advance", "conditional", None, ["ماداما"], ["ممر السلفادور"]),
  mv("naval_landing", "reported", RUS, ["طرطوس"], ["ميناء طبرق"]),
 ],
 "ja4": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الويغ"]),
  mv("deploy", "reported", LNA, ["سبها"], ["الواو الكبير"], ["تمسة"]),
  mv("redeploy", "reported", LNA, ["القطرون"], ["تجرهي"]),
  mv("shipment", "planned", LNA, ["سبها"], ["منفذ التوم"]),
  mv("reinforce", "conditional", LNA, ["حقل الشرارة"], ["ممر السلفادور"]),
  mv("naval_landing", "denied", RUS, [], ["قاعدة طبرق البحرية"]),
 ],
 "ja5": [
  mv("airlift", "reported", ALG, ["تمنراست"], ["مطار جانت"]),
  mv("deploy", "planned", ALG, [], ["الحدود مع ليبيا"]),
  mv("mobilise", "reported", CHAD_AG, [], ["المثلث الحدودي"]),
  mv("shipment", "denied", None, ["النيجر"], ["أوباري"], ["ممر السلفادور"]),
  mv("mobilise", "conditional", None, [], ["العوينات"]),
 ],
}

NOTES = {
 "ja1": "Fawasel-style report from Al Qatrun: an LNA border-guard column Sabha→the Toummo crossing via Umm al-Aranib, "
        "Al Qatrun and Tajarhi (reinforce, a company already there); a cargo plane Tamanhint air base→Al Wigh air base; "
        "the same company's planned move Al Wigh→Wau al-Kabir; Chadian gold-miner gunmen pulling back from the crossing "
        "to Kouri Bougoudi; the commander's denial of a pull-back to Al Qatrun; a conditional advance to the border "
        "triangle. Traps: the commander التومي (contains التوم), nisbas. «الحدود مع النيجر» after the crossing and "
        "«الحدود مع تشاد» in a purpose clause are gold places but not movement places; the Tripoli government and "
        "the Qatrun municipality are speakers/addressees.",
 "ja2": "Chadian state-TV style report from N'Djamena: a Chadian army airlift N'Djamena→Bardai, an advance "
        "Bardai→Kouri Bougoudi via Aozou, a supply convoy Faya→Zouar, a planned battalion Zouar→Wour, the governor's "
        "conditional pull-back Kouri Bougoudi→Bardai («متى ما … مرهون») and the CCMSR's denied massing at Wau al-Kabir. "
        "Chadian army = null actor. Traps: «زوار المنطقة» (visitors, not Zouar), the president «محمد إدريس ديبي» "
        "(contains إدري), FACT's name containing تشاد, the operation name. «منفذ التوم» (purpose) and the Chadian-side "
        "«الحدود مع ليبيا» are places only.",
 "ja3": "Nigerien-agency style report from Agadez: a Nigerien army column Agadez→the Djado plateau via Dirkou "
        "(reinforce), Chadian miner-gunmen pulling back Djado→the Libyan border (Nigerien side), a planned special-forces "
        "airlift Niamey→Madama (written مادما), the ministry's denial of a pull-back Toummo→Madama (ماداما), a conditional "
        "advance Madama→the Salvador Pass and Russian instructors landed at Tobruk port from Tartus. Niger's army = null "
        "actor. جادو here is Djado (Niger), not Jadu in the Nafusa; الجزائر العاصمة is Algiers and الجزائر the country; "
        "the defence ministry «في نيامي» is a speaker.",
 "ja4": "Quryna-style LNA statement from Benghazi: paratroopers flown Benina air base→Al Wigh airport, a Tariq bin Ziyad "
        "battalion Sabha→Wau al-Kabir via Tmassah (deploy), a company repositioned Al Qatrun→Tajarhi, a planned supply "
        "convoy Sabha→the Toummo crossing («إلى المنفذ»), a conditional reinforcement Sharara field→the Salvador Pass and "
        "the denied landing of Russian troops at Tobruk naval base (headline طبرق is the city, not a second destination). "
        "Traps: the officers الإدريسي (Idri) and الأوباري (Ubari), «الواحات المتناثرة» (Al Wahat), the brigade name.",
 "ja5": "Libyan web-portal style report from Ghat: Algerian transport planes Tamanrasset→Djanet airport, their planned "
        "deployment along the Algerian side of the border with Libya, Chadian miner-gunmen massing in the Libya-Algeria-Niger "
        "triangle near the Salvador Pass, a denied arms shipment Niger→Ubari via the Salvador Pass and a Tuareg conditional "
        "«النفير» at Al Awaynat. «وزارة الدفاع الوطني في الجزائر» is Algiers (city); the later الجزائر are the country. "
        "El Feel and Murzuq are background (last year's clashes), Ghat and its municipality are speakers/venue.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ja1", "ja2", "ja3", "ja4", "ja5")
