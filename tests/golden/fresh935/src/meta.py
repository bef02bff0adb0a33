# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                              # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                 # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                 # G
 # shared
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                    # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                # G (also for مصراته)
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                 # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                   # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                      # G (also bare الوطية, الوطيه)
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                         # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),               # G
 "aksaz": ("base", "TR", 36.83440, 28.39000, "Aksaz Naval Base"),                         # G
 "gaziantep_airport": ("airport", "TR", 36.94720, 37.47870, "Gaziantep International Airport"),  # G
 "north_sy": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                      # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                    # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                 # G
 # qja1 Turkish MoD weekly briefing (Al-Estiklal, Ankara)
 "misrata_naval": ("base", "LY", 32.36500, 15.21300, "Misrata Naval Base"),               # G* (row ميناء مصراتة, kind base)
 "erkilet": ("base", "TR", 38.77040, 35.49540, "Kayseri Erkilet Air Base"),               # G* (row kind airport)
 "east_med": ("region", "CY", 34.0, 32.0, "Eastern Mediterranean"),                      # K
 # qja2 Egyptian weekly (Akher Saa, Cairo)
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),         # G* (row إقليم طرابلس)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                    # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                  # G
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),                 # G
 "border_eg": ("region", "EG", 31.0, 25.15, "Egypt-Libya border (Egyptian side)"),        # K
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                             # G* (base row, near Hun/Waddan)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),               # G
 # qja3 Tunisian TV (Al-Hiwar Ettounsi, Tunis)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),               # G* (row الحدود الليبية التونسية)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                         # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                              # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),          # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),         # G* (row منفذ رأس جدير)
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                  # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                            # G
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba-Zarzis International Airport"),  # G
 # qja4 Al-Khaleej Al-Jadeed (Tripoli)
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al-Qarabulli"),                   # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                  # G
 "khums_mun": ("district", "LY", 32.64861, 14.26191, "Al Khums municipality"),            # G* (city row)
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                               # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                           # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),      # G
 # qja5 Syrian opposition TV (Halab Today, Azaz)
 "azaz": ("town", "SY", 36.58330, 37.05000, "Azaz"),                                      # G (row أعزاز)
 "bab_salama": ("crossing", "SY", 36.63440, 37.08580, "Bab al-Salama border crossing"),   # G
 "border_sy_tr": ("region", "SY", 36.60, 37.20, "Syria-Turkey border (Syrian side)"),     # K
 "north_aleppo": ("region", "SY", 36.50, 37.10, "Northern Aleppo countryside"),           # K
 "afrin": ("town", "SY", 36.50833, 36.86944, "Afrin"),                                    # G
 "yarmouk": ("base", "LY", 32.88743, 13.18733, "Yarmouk Camp (Tripoli)"),                 # G
}

TRAPS = {
 "qja1": ["الاستقلال", "تي سي جي غازي عنتاب", "أوزغور إزميرلي", "إزميرلي", "الأشهر الخمسة", "الجيش الوطني الليبي",
          "التركية", "التركي", "الليبية"],
 "qja2": ["آخر ساعة", "خالد العريشي", "درع الفرات", "غصن الزيتون", "الجيش الوطني الليبي", "التركية", "التركي",
          "ليبية", "السوريين", "مصري"],
 "qja3": ["الحوار التونسي", "إدريس القابسي", "القابسي", "تجربة", "الجيش الوطني", "التركية", "الليبية",
          "التونسية"],
 "qja4": ["الخليج الجديد", "السنوات الخمس", "مديرية أمن الخمس", "القوة المشتركة مصراتة", "عادل الزليتني",
          "الجيش الوطني الليبي", "قوة حماية طرابلس", "معسكر الشرق", "التركية", "التركي", "تركية",
          "ليبية"],
 "qja5": ["حلب اليوم", "الجيش الوطني السوري", "فيلق الشام", "أبو إدريس الحلبي", "الحلبي",
          "المرصد السوري لحقوق الإنسان", "السوريين", "الليبية", "التركية"],
}

PHEN = {
 "qja1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "coverage_bases", "countries"],
 "qja2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qja3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qja4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "town_vs_district", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qja5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
          "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qja1": [
  mv("deploy", "reported", "Turkish armed forces", ["قاعدة أكساز البحرية"], ["قاعدة مصراتة البحرية"]),
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة إركيليت الجوية"], ["قاعدة الوطية"]),
  mv("redeploy", "planned", "Turkish armed forces", ["الوطية"], ["الخمس"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["ليبيا"]),
  mv("advance", "denied", "Turkish armed forces", ["مصراتة"], ["سرت"]),
 ],
 "qja2": [
  mv("shipment", "reported", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"]),
  mv("airlift", "reported", "Syrian mercenaries", ["مطار غازي عنتاب"], ["مطار معيتيقة"]),
  mv("deploy", "planned", "Turkish armed forces", [], ["قاعدة الوطيه"]),
  mv("naval_landing", "denied", "Turkish armed forces", ["قاعدة أكساز البحرية"], ["ميناء زوارة"]),
  mv("mobilise", "conditional", "Egyptian army", [], ["الحدود مع ليبيا"]),
 ],
 "qja3": [
  mv("redeploy", "reported", "Turkish armed forces", ["قاعدة معيتيقة"], ["قاعدة الوطية"]),
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان", "معبر رأس جدير"]),
  mv("deploy", "planned", "Tunisian army", [], ["الذهيبة"], ["تطاوين"]),
  mv("withdraw", "conditional", "Tunisian army", ["بن قردان"]),
  mv("airlift", "denied", "Turkish armed forces", [], ["الوطية"], ["مطار جربة جرجيس"]),
 ],
 "qja4": [
  mv("naval_landing", "reported", "Turkish armed forces", ["ميناء الخمس"], ["القره بوللي"]),
  mv("reinforce", "reported", "GNA forces", ["زليتن"], ["الخمس"]),
  mv("redeploy", "planned", "Misrata forces", ["مصراتة"], ["الوشكة"]),
  mv("advance", "conditional", "Libyan National Army", ["سرت"], ["أبوقرين"]),
  mv("shipment", "denied", "Turkish armed forces", ["تركيا"], ["مطار مصراتة"]),
 ],
 "qja5": [
  mv("airlift", "reported", "Syrian mercenaries", ["مطار معيتيقة"], ["مطار غازي عنتاب"]),
  mv("redeploy", "reported", "Syrian mercenaries", ["مطار غازي عنتاب"], ["اعزاز"], ["معبر باب السلامة"]),
  mv("mobilise", "planned", "Syrian mercenaries", [], ["عفرين"]),
  mv("withdraw", "conditional", "Syrian mercenaries", ["معسكر اليرموك"]),
  mv("airlift", "denied", "Syrian mercenaries", ["شمال سوريا"], ["قاعدة الوطية"]),
 ],
}

NOTES = {
 "qja1": "Turkish MoD weekly briefing in Ankara (venue and dateline only): a frigate named after Gaziantep (trap) "
         "Aksaz naval base→Misrata naval base, an A400M rotation Erkilet air base→al-Watiya, a planned adviser team "
         "al-Watiya (bare name)→al-Khums ('الأشهر الخمسة' trap), a conditional withdrawal from Libya ('لن تغادر ... "
         "إلا إذا') and a denied armoured column Misrata→Sirte; the spokesman's name contains Izmir; Benghazi, Turkey, "
         "the Eastern Mediterranean and Tripoli (maritime memorandum) are only reactions and background.",
 "qja2": "Egyptian weekly feature (byline name contains El-Arish, Cairo dateline and venue): a Turkish cargo ship "
         "Mersin→Khums port, a Syrian-mercenary flight Gaziantep airport→Mitiga airport (Euphrates Shield / Olive "
         "Branch operation traps, northern Syria background), a planned air-defence deployment to al-Watiya (spelled "
         "الوطيه; Tripoli only a distance reference), a denied marine landing Aksaz→Zuwara port, and a conditional "
         "Egyptian massing on the border with Libya (the Sirte-Jufra line is the condition, not a move); Benghazi, "
         "Misrata (spelled مصراته), Turkey and the Sharara field are only reactions and background.",
 "qja3": "Tunisian TV report (Tunis the capital as dateline vs Tunisia the country later): Turkish special forces "
         "Mitiga base→al-Watiya for drills 80 km from 'الحدود التونسية' (one region), Tunisian army reinforcements "
         "Medenine→Ben Gardane and Ras Ajdir, a planned unit to Dehiba via Tataouine, a conditional withdrawal from "
         "Ben Gardane ('لن تُسحب ... إلا بعد'), and a denied Turkish airlift via Djerba-Zarzis airport to al-Watiya "
         "('تجربة' contains جربة; spokesman Idris al-Qabisi contains إدري and قابس); Medenine governorate, Tripoli, "
         "Zuwara and the Ras Ajdir distance sentence are background.",
 "qja4": "Al-Khaleej Al-Jadeed from Tripoli: a Turkish marine training landing from a ship in Khums port onto the "
         "Garabulli beach, GNU reinforcements Zliten→Khums (the Khums security directorate and the municipality), a "
         "planned Misrata Joint Force battalion Misrata→al-Washka, a conditional LNA advance Sirte→Abu Qurayn (the "
         "source sits in Benghazi), a denied Turkish drone shipment Turkey→Misrata airport, the 5+5 meeting in Tunis "
         "the capital and a Mellitah→Italy gas line that is a from-to phrase with no force.",
 "qja5": "Syrian opposition TV Halab Today from Azaz: 300 returning Syrian fighters airlifted Mitiga airport (in "
         "'العاصمة الليبية طرابلس')→Gaziantep airport, then bused from that airport (anaphora) via Bab al-Salama "
         "(on the border with Turkey, not a movement place) to Azaz, a planned Faylaq al-Sham massing near Afrin, a "
         "conditional withdrawal from Yarmouk camp in Tripoli, and a denied airlift of new fighters from northern "
         "Syria to al-Watiya; the northern Aleppo countryside, Benghazi and Ankara are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qja1", "qja2", "qja3", "qja4", "qja5")
