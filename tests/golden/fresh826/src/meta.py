# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # Chad
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "ndj_airport": ("airport", "TD", 12.13370, 15.03400, "N'Djamena Hassan Djamous International Airport"),  # G* (row مطار إنجامينا)
 "adji": ("base", "TD", 12.13370, 15.03400, "Adji Kossei Air Base"),                    # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya-Largeau Airport"),         # G
 "borkou": ("district", "TD", 18.98295, 18.31207, "Borkou province"),                   # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "zouarke": ("village", "TD", 20.60000, 16.20000, "Zouarke"),                           # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                 # G
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                                # G
 "aozou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                  # G
 "miski": ("village", "TD", 20.16670, 18.01670, "Miski"),                               # G (gazetteer spelling مسكي)
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "north_td": ("region", "TD", 18.20680, 19.78454, "Northern Chad"),                     # G
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                # G (gazetteer spelling أبشي)
 "kanem": ("district", "TD", 15.03933, 15.02364, "Kanem province"),                     # G
 "adre": ("crossing", "TD", 13.46648, 22.19875, "Adre border crossing"),                # G* (town row أدري, kind crossing)
 "lake_chad": ("region", "TD", 13.30000, 14.40000, "Lake Chad"),                        # G
 "lac": ("district", "TD", 13.75991, 14.16689, "Lac province"),                         # G
 "bol": ("town", "TD", 13.4586, 14.7147, "Bol"),                                        # K
 "border_td_ly": ("region", "TD", 21.5, 18.5, "Chad-Libya border (Chadian side)"),      # K
 # Libya
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row)
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 # elsewhere
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "dubai": ("city", "AE", 25.07725, 55.30927, "Dubai"),                                  # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
}

TRAPS = {
 "qev1": ["تشاد إنفو", "درع تيبستي", "الجيش التشادي", "محمد إدريس ديبي إتنو", "مالي", "الزوار", "الجيش الوطني الليبي"],
 "qev2": ["تلفزيون تشاد", "جبهة التناوب والوفاق في تشاد", "إدريس ديبي إتنو", "الجيش الوطني الليبي", "التشادية"],
 "qev3": ["انجمينا بي-إبدو", "سودانية", "الجيش الوطني الليبي", "صفحات تشادية", "مصدر عسكري تشادي", "لبنانياً",
          "السودانيين"],
 "qev4": ["راديو ندراسون", "زوارق", "الجيش التشادي", "مالياً", "بوكو حرام", "الجيش الوطني الليبي", "الليبية",
          "العمليات التشادية"],
 "qev5": ["لوبروغري", "روسية", "السورية", "الفيلق الأفريقي", "الجيش الوطني الليبي", "عماد الطرابلسي", "دبلوماسي تشادي", "الجانب التشادي",
          "الليبيين"],
}

PHEN = {
 "qev1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "qev2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_neighbours",
          "countries"],
 "qev3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qev4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qev5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qev1": [
  mv("advance", "reported", None, ["زوار"], ["كوري بوغودي"], ["وور"]),
  mv("airlift", "planned", None, ["قاعدة أدجي كوسي الجوية"], ["مطار فايا لارجو"]),
  mv("withdraw", "denied", "Chadian armed groups", ["ميسكي"], ["الحدود مع ليبيا"]),
  mv("reinforce", "conditional", "Libyan National Army", ["سبها"], ["القطرون"]),
 ],
 "qev2": [
  mv("airlift", "reported", None, ["أبشة"], ["مطار فايا لارجو"]),
  mv("deploy", "planned", None, [], ["أوزو", "بارداي"]),
  mv("withdraw", "conditional", None, ["زواركي"], ["فايا لارجو"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["تمسة"]),
 ],
 "qev3": [
  mv("withdraw", "reported", "Sudanese armed groups", ["كوري بوقودي"], ["أم الأرانب"], ["القطرون"]),
  mv("deploy", "planned", "Libyan National Army", [], ["منفذ التوم", "الحدود مع تشاد"]),
  mv("shipment", "denied", "Libyan National Army", ["سبها"], ["كوري بوقودي"]),
  mv("advance", "conditional", None, ["زوار"], ["ميسكي"]),
 ],
 "qev4": [
  mv("naval_landing", "reported", None, ["بول"], ["بحيرة تشاد"]),
  mv("redeploy", "planned", None, ["بحيرة تشاد", "بول"], ["تيبستي"], ["فايا لارجو", "زوار"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["الكفرة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["القطرون"], ["قاعدة الويغ", "منفذ التوم"]),
 ],
 "qev5": [
  mv("naval_landing", "reported", "Russian forces", ["طرطوس"], ["قاعدة طبرق البحرية"]),
  mv("shipment", "planned", "Russian forces", ["طبرق"], ["قاعدة معطن السارة"]),
  mv("redeploy", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["الكفرة"]),
  mv("mobilise", "conditional", "Libyan National Army", [], ["ربيانة"]),
  mv("reinforce", "denied", "GNA forces", ["مصراتة"], ["حقل الشرارة"]),
 ],
}

NOTES = {
 "qev1": "Tchadinfos: the Chadian army's advance Zouar→Kouri Bougoudi via Wour (Operation «درع تيبستي» is a trap; "
         "the headline repeats the move), a planned special-forces airlift Adji Kossei air base→Faya-Largeau airport, "
         "the CCMSR's denied pull-out from Miski towards the border with Libya, and the LNA's conditional reinforcement "
         "Sabha→Al Qatrun (Sabha also the speaker's city; Al Qatrun's second mention only a distance reference). "
         "Chadian army moves have actor null (no canonical Chadian-army actor); Déby's name holds «إدري».",
 "qev2": "Télé Tchad: an airlift Abeche→Faya-Largeau airport, a planned deployment of the same troops to Aozou and "
         "Bardai (no origin written in that sentence), a conditional return Zouarke→Faya-Largeau (Kouri Bougoudi only "
         "the condition), and FACT's denied massing at Tmassah in southern Libya. Algiers is the venue of a meeting "
         "and Algeria the country; Kanem, Benghazi and the Borkou province are not movement places.",
 "qev3": "N'Djamena Bi-Hebdo: Sudanese fighters leave Kouri Bougoudi for Umm al-Aranib via Al Qatrun (reported by "
         "miners), a planned LNA deployment at the Tummo crossing and along the border with Chad (the Qatrun "
         "municipality is the speaker), an LNA arms shipment Sabha→Kouri Bougoudi denied, and a conditional Chadian "
         "advance Zouar→Miski. The oilfields, Tripoli (Lebanon), Dubai, the airport and the Adre crossing (gold trader, "
         "civilian miners) are not movement places.",
 "qev4": "Radio Ndarason: army boats land troops on Lake Chad islands from Bol, a planned redeployment of the two "
         "relieved battalions Lake Chad/Bol→Tibesti via Faya-Largeau and Zouar («زوارق» holds «زوار»), the UFR's denied massing in Kufra, and the LNA's conditional "
         "reinforcement of Al Wigh base and the Tummo crossing from Al Qatrun (the border with Chad only the "
         "condition; Sabha the speaker's city; the last paragraph restates the same redeployment).",
 "qev5": "Le Progrès: a Russian landing ship from Tartus unloads at Tobruk naval base (Africa Corps), a planned truck "
         "convoy Tobruk→Maaten al-Sarra (the border with Chad a distance reference), the LNA's reported redeployment "
         "Jufra air base→Kufra, its conditional massing at Rebiana (Kouri Bougoudi only the condition; Kufra also in "
         "«منطقة الكفرة العسكرية»), and the GNA's denied reinforcement Misrata→Sharara; Tripoli only the speaker's city, "
         "Algiers a venue.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qev1", "qev2", "qev3", "qev4", "qev5")
