# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G* (city row نجامينا)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G (row كوري بوقودي)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G (row منفذ التوم)
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 # lh1 Sudan Tribune: RSF and the Libya-Egypt-Sudan triangle
 "triangle_eg_sd": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.90000, 24.97000, "Jabal Uweinat"),                     # K
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                        # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                      # G
 "karb_tom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                       # G
 "eg_uweinat_airport": ("airport", "EG", 22.58570, 28.71660, "Shark El Oweinat International Airport"),  # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G (row قاعدة بنينا الجوية)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "adre_crossing": ("crossing", "TD", 13.46648, 22.19875, "Adre crossing"),             # G* (town row أدري, Adré)
 "border_sd_td": ("region", "SD", 15.27115, 23.08771, "Sudan-Chad border"),            # G* (row الحدود السودانية التشادية)
 "geneina": ("city", "SD", 13.45262, 22.44725, "Geneina"),                              # G
 # lh2 France 24: Chadian army in Tibesti
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                                # G
 "aozou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                  # G
 "border_td_ly": ("region", "TD", 22.60000, 17.20000, "Chad-Libya border (Chadian side)"),  # K
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                 # G
 # lh3 Asharq Al-Awsat: LNA between Umm al-Aranib and Tmassah
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),            # G* (row الحدود الليبية النيجرية)
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G (row قاعدة الجفرة الجوية)
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "triangle_ne_td": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G (row المثلث الحدودي مع النيجر وتشاد)
 "umm_aranib_mun": ("district", "LY", 26.13386, 14.73720, "Umm al Aranib municipality"),  # G* (town row)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 # lh4 Sputnik: Niger's north
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G (row ماداما)
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado"),                                # G
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                       # G
 "border_ne_ly": ("region", "NE", 22.30000, 13.90000, "Niger-Libya border (Nigerien side)"),  # K
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),                  # G* (city/naval-base row طبرق)
 # lh5 Afrigate News: Al Qatrun
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row)
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
}

TRAPS = {
 "lh1": ["سودان تربيون", "راديو دبنقا", "قوات الدعم السريع", "القوة المشتركة لحركات دارفور", "سبل السلام",
         "الليبي", "ليبية", "المصري", "السودانية"],
 "lh2": ["فرانس 24", "جبهة التناوب والوفاق في تشاد", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "محمد إدريس ديبي",
         "الزوار", "التشادي", "التشادية", "الليبية"],
 "lh3": ["الشرق الأوسط", "الجيش الوطني الليبي", "اللواء طارق بن زياد", "درع فزان", "شارع دبي", "سالم السبهاوي",
         "جبهة التناوب والوفاق في تشاد", "تشاديين", "تشادية", "ليبية"],
 "lh4": ["سبوتنيك", "الفيلق الأفريقي", "أمادو جالو", "خليفة حفتر", "النيجرية", "نيجري", "تشاديين", "الليبية",
         "الروسية"],
 "lh5": ["بوابة إفريقيا الإخبارية", "القطروني", "المنطقة العسكرية سبها", "قوات الدعم السريع",
         "مجلس القيادة العسكرية لإنقاذ الجمهورية", "الجديد", "السودانيين", "التشادي", "التشادية"],
}

PHEN = {
 "lh1": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_idri", "vague_area",
         "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "lh2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
         "coverage_neighbours", "countries"],
 "lh3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "lh4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "lh5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, CHAD_AG, SUD_AG, RUS = "Libyan National Army", "Chadian armed groups", "Sudanese armed groups", "Russian forces"

MOVES = {
 "lh1": [
  mv("reinforce", "reported", SUD_AG, ["المالحة"], ["المثلث الحدودي"], ["وادي هور"]),
  mv("withdraw", "reported", SUD_AG, ["المثلث الحدودي"], ["كرب التوم"]),
  mv("deploy", "reported", LNA, ["الكفرة"], ["جبل العوينات"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("reinforce", "conditional", LNA, ["تازربو"], ["الكفرة"]),
  mv("advance", "denied", SUD_AG, [], ["الكفرة"]),
 ],
 "lh2": [
  mv("advance", "reported", None, ["برداي"], ["كوري بوغودي"], ["أوزو"]),
  mv("withdraw", "reported", CHAD_AG, ["كوري بوغودي"], ["الحدود مع ليبيا"]),
  mv("shipment", "reported", None, ["فايا لارجو"], ["برداي"]),
  mv("airlift", "planned", None, ["إنجامينا"], ["زوار"]),
  mv("reinforce", "conditional", None, [], ["وور"]),
  mv("advance", "denied", CHAD_AG, ["أم الأرانب"], ["تيبستي"]),
 ],
 "lh3": [
  mv("deploy", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["ام الارانب"], ["سبها"]),
  mv("advance", "reported", LNA, ["أم الأرانب"], ["تمسّة"]),
  mv("withdraw", "reported", CHAD_AG, ["تمسّة"], ["الحدود مع النيجر"]),
  mv("redeploy", "planned", LNA, ["قاعدة الجفرة"], ["قاعدة الويغ"]),
  mv("reinforce", "conditional", LNA, ["سبها"], ["القطرون"]),
  mv("mobilise", "denied", CHAD_AG, [], ["أم الأرانب"]),
 ],
 "lh4": [
  mv("reinforce", "reported", None, ["ديركو"], ["قاعدة ماداما"]),
  mv("advance", "reported", CHAD_AG, ["الجنوب الليبي"], ["جادو"], ["منفذ التوم"]),
  mv("deploy", "planned", None, [], ["سيغيدين"]),
  mv("deploy", "conditional", None, [], ["الحدود مع ليبيا"]),
  mv("withdraw", "denied", LNA, ["منفذ التوم"], []),
  mv("naval_landing", "reported", RUS, [], ["ميناء طبرق"]),
  mv("naval_landing", "planned", RUS, [], ["ميناء طبرق"]),
 ],
 "lh5": [
  mv("reinforce", "reported", LNA, ["سبها"], ["القطرون"], ["تراغن"]),
  mv("mobilise", "reported", SUD_AG, [], ["كوري بوقدي"]),
  mv("redeploy", "planned", LNA, ["القطرون"], ["تجرهي"]),
  mv("shipment", "denied", CHAD_AG, ["القطرون"], ["كوري بوقدي"]),
  mv("advance", "conditional", None, ["زوار"], ["كوري بوقدي"]),
 ],
}

NOTES = {
 "lh1": "Sudan Tribune (Port Sudan/Kufra): RSF reinforcement Al Malha→the Libya-Egypt-Sudan triangle via Wadi Howar; "
        "flashback: the Darfur joint force's 2025 pull-out from the triangle («منها») to Karb al-Tom; Subul al-Salam "
        "(LNA) company Kufra→Jabal Uweinat; planned Benina→Kufra airport airlift; conditional Tazirbu→Kufra company; "
        "RSF denial of any advance towards Kufra. Not moves: Shark El Oweinat airport (distance reference), Port Sudan "
        "(where the army's allies are), aid trucks through the Adre crossing to Geneina (civilian).",
 "lh2": "France 24 (N'Djamena): Chadian army (actor null) advance Bardai→Kouri Bougoudi via Aozou; FACT pull-out from "
        "the mines («محيط المناجم» = Kouri Bougoudi) towards the border with Libya; supply convoy Faya-Largeau→Bardai "
        "(shipment); planned airlift N'Djamena→Zouar; conditional reinforcement of the Wour garrison; CCMSR denies "
        "crossing Umm al-Aranib→Tibesti. Not moves: the president's visit to Algiers, the embassy in Tripoli, rebels "
        "«المتمركزين في ليبيا» (presence), «الزوار» (visitors).",
 "lh3": "Asharq Al-Awsat (Benghazi): Tariq bin Ziyad column Tamanhint air base→Umm al-Aranib (spelled ام الارانب) "
        "via Sabha; a company Umm al-Aranib→Tmassah (تمسّة with shadda); Chadian gunmen pull back Tmassah→the border "
        "with Niger; planned artillery move Jufra base→Al Wigh base; conditional Sabha→Al Qatrun reinforcement; FACT "
        "denies massing fighters in Umm al-Aranib. Not moves: press conference on Dubai Street in Benghazi, cars "
        "stolen near El Feel, the border triangle as purpose, the road to Murzuq.",
 "lh4": "Sputnik (Niamey): Nigerien reinforcement Dirkou→Madama base; ~60 gunmen (Chadians and Sudanese) southern "
        "Libya→Djado plateau via the Toummo crossing; planned company for Seguedine; Niamey's conditional deployment "
        "on the border with Libya; LNA denies pulling out of Toummo; a Russian landing ship at Tobruk port and a "
        "second one planned («الميناء ذاته»). Not moves: Niamey/Algiers tension (Algiers by parallel with Niamey), "
        "the analyst Amadou Diallo («أمادو جالو», a person, not Jalu).",
 "lh5": "Afrigate News (Sabha): Battalion 116 reinforcement Sabha→Al Qatrun via Traghen; Sudanese (RSF recruits) "
        "massing at Kouri Bougoudi (spelled كوري بوقدي); planned repositioning Al Qatrun→Tajarhi; CCMSR denies an "
        "arms shipment Al Qatrun→Kouri Bougoudi; Chad's conditional advance Zouar→Kouri Bougoudi. Not moves: miners "
        "from Chad, Sudan and Niger (civilian), Toummo as purpose, N'Djamena/Tripoli/Benghazi governments, unrest "
        "spreading towards the Sharara field.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("lh1", "lh2", "lh3", "lh4", "lh5")
