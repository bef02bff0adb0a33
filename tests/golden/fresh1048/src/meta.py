# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label (listed in the README). No row here is from own knowledge.
P = {
 # countries and foreign cities
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                   # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                                 # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                   # G
 "china": ("country", "CN", 36.90357, 98.60509, "China"),                                   # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                    # G
 "konya": ("city", "TR", 37.87135, 32.48464, "Konya"),                                      # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                    # G
 "gaziantep_airport": ("airport", "TR", 36.94720, 37.47870, "Gaziantep International Airport"),  # G
 "afrin": ("town", "SY", 36.50833, 36.86944, "Afrin"),                                      # G
 "idlib": ("city", "SY", 35.93062, 36.63393, "Idlib"),                                      # G
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                                # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                        # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                    # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                     # G
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                           # G
 # Libya: west and the Misrata front
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                        # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                  # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),                 # G (ports are kind crossing in the gazetteer)
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                                # G
 "abu_grein": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                             # G (row أبوقرين)
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                                 # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                     # G
 # Sirte and Jufra
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                      # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                      # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra District"),                      # G (district row)
 "jufra_ab": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                       # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                    # G
 "hun_airport": ("airport", "LY", 29.11010, 15.96560, "Hon Airport"),                       # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                        # G
 # oil crescent and the east
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                      # G
 "es_sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),               # G (row ميناء السدرة)
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                          # G (row راس لانوف, written رأس لانوف)
 "bin_jawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                              # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                      # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega oil port"),           # G
 "zueitina": ("town", "LY", 30.95220, 20.12022, "Az Zuwaytinah"),                           # G
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),          # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                        # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                    # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),                   # G (ports are kind crossing in the gazetteer)
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica (eastern Libya)"),            # G* (row برقة, written الشرق الليبي)
}

TRAPS = {
 "qnk1": ["مجلة المسلح", "«المسلح»", "سرت أنباء", "غرفة عمليات سرت الجفرة", "اللواء 128 معزز", "الكتيبة 166",
          "اللجنة العسكرية المشتركة 5+5"],
 "qnk2": ["المرصد السوري لحقوق الإنسان", "المرصد السوري", "السوريين", "سوريين", "الاستخبارات التركية", "تركية",
          "الروسية", "حكومة الوحدة الوطنية", "مقاتل سوري"],
 "qnk3": ["جسر", "الفيلق الأفريقي", "أجنحة الشام", "عمر الحلبي", "السوري", "سوريون", "الروسي", "الروسية",
          "روسية", "التركية", "التركي", "حكومة الوحدة الوطنية", "تركي", "تركية", "روسي", "عسكري ليبي"],
 "qnk4": ["بارس تودي", "الجيش الوطني الليبي", "خليفة حفتر", "الفيلق الأفريقي", "حرس المنشآت النفطية",
          "المؤسسة الوطنية للنفط", "الليبي", "الروسي", "التركي", "ليبية", "تركيتان", "أمريكي", "أوروبي"],
 "qnk5": ["شينخوا", "بعثة الأمم المتحدة للدعم في ليبيا", "اللجنة العسكرية الليبية المشتركة",
          "المنطقة العسكرية الوسطى", "الفيلق الأفريقي", "الجيش الوطني الليبي", "حكومة الوحدة الوطنية",
          "التركية", "الروسي", "روسيتين", "أمريكي", "ليبية", "سرت حالة"],
}

PHEN = {
 "qnk1": ["clitics", "multiword", "common_word_trap", "media_trap", "operation_trap", "ambiguity_tripoli", "vague_area",
          "town_vs_district", "coverage_bases", "coverage_oil", "countries"],
 "qnk2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "coverage_bases", "countries"],
 "qnk3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "coverage_bases", "countries"],
 "qnk4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qnk5": ["clitics", "spelling", "multiword", "common_word_trap", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "town_vs_district",
          "coverage_bases", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qnk1": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سرت", "قاعدة القرضابية"], ["ودان"]),
  mv("withdraw", "denied", "Libyan National Army", ["سرت"], ["بنغازي"]),
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["الوشكة", "أبوقرين"]),
  mv("advance", "conditional", "Libyan National Army", [], ["أبوقرين"]),
  mv("redeploy", "planned", "Libyan National Army", ["سرت"], ["قاعدة الجفرة الجوية"]),
 ],
 "qnk2": [
  mv("airlift", "reported", "Syrian mercenaries", ["مطار غازي عنتاب"], ["مطار مصراتة"]),
  mv("deploy", "reported", "Syrian mercenaries", ["مطار مصراتة"], ["الوشكة", "أبو قرين"]),
  mv("withdraw", "reported", "Syrian mercenaries", ["مصراتة"], ["سوريا"], ["تركيا"]),
  mv("deploy", "planned", "Syrian mercenaries", ["عفرين"], ["ليبيا"], ["تركيا"]),
  mv("redeploy", "conditional", "Syrian mercenaries", ["الوشكة"], ["قاعدة الوطية"]),
  mv("deploy", "denied", "Syrian mercenaries", [], ["بويرات الحسون"]),
 ],
 "qnk3": [
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
  mv("shipment", "reported", "Russian forces", ["ميناء طبرق"], ["قاعدة الجفرة الجوية"]),
  mv("redeploy", "planned", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة القرضابية"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الخادم"], ["مطار هون"]),
  mv("shipment", "reported", "Turkish armed forces", ["مرسين"], ["ميناء مصراتة"]),
  mv("reinforce", "conditional", "Turkish armed forces", [], ["مصراتة"]),
 ],
 "qnk4": [
  mv("mobilise", "reported", None, [], ["رأس لانوف"]),
  mv("reinforce", "reported", "Libyan National Army", ["أجدابيا"], ["البريقة", "رأس لانوف"]),
  mv("airlift", "reported", "Turkish armed forces", ["قونية"], ["قاعدة الوطية"]),
  mv("redeploy", "planned", "Libyan National Army", ["بن جواد"], ["ميناء السدرة"]),
  mv("advance", "conditional", "Misrata forces", ["أبوقرين"], ["الهلال النفطي"]),
  mv("advance", "denied", "Russian forces", [], ["ميناء الزويتينة"]),
 ],
 "qnk5": [
  mv("withdraw", "reported", "Misrata forces", ["الوشكة"], ["مصراتة"]),
  mv("airlift", "reported", "Russian forces", [], ["قاعدة الجفرة الجوية"]),
  mv("withdraw", "planned", "Libyan National Army", ["بويرات الحسون"], ["سرت"]),
  mv("airlift", "denied", "Turkish armed forces", [], ["مطار مصراتة"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["قاعدة الوطية", "مصراتة"], []),
 ],
}

NOTES = {
 "qnk1": "Weekly news bag of a Libyan defence magazine (Al-Musallah, Benghazi), one bulleted item per day: two LNA "
         "companies Jufra air base→Sirte/Gardabiya base via Waddan (reinforce), the LNA's denied pull-out "
         "Sirte→Benghazi, Misrata battalions' reinforcement Misrata→Al-Washka/Abu Grein, the LNA's conditional "
         "advance on Abu Grein (Al-Washka only in the condition) and a planned artillery battalion Sirte→Jufra air "
         "base; the Tawergha live-fire exercise, the coastal-road travellers, the Es Sider tanker to Italy, «رحّبت "
         "طرابلس», the headline, «سرت أنباء» (verb “spread”) and «غرفة عمليات سرت الجفرة» (holds two places) are not "
         "movements or places.",
 "qnk2": "Syrian monitor's weekly tally (SOHR) of Syrian fighters in Libya: an airlift Gaziantep airport→Misrata "
         "airport and the onward move to camps at Al-Washka/Abu Grein, 120 fighters going home Misrata→Syria via "
         "Turkey, a planned batch Afrin→Libya via Turkey, a conditional move Al-Washka→Al-Watiya base, and a GNU-"
         "denied deployment to Buwairat al-Hassoun; the static presence in Tripoli, Misrata, west of Sirte and at "
         "Jufra air base, the Idlib fighter killed near Abu Grein and the headline are not movements.",
 "qnk3": "Syrian news site (Jesr Press) weekly file on Russian and Turkish logistics: a Russian landing ship putting "
         "about 200 troops and vehicles ashore at Tobruk port (naval_landing) and its ammunition trucked Tobruk "
         "port→Jufra air base (shipment), a planned Africa Corps move Jufra air base→Gardabiya base, Russia's denied "
         "airlift Al-Khadim base→Hun airport, a Turkish navy cargo of armoured vehicles Mersin→Misrata port "
         "(shipment) and Ankara's conditional extra air-defence batteries for Misrata (reinforce; Sirte only in the "
         "condition); Hmeimim (background), Moscow, Ankara and Tripoli (governments), the civil Damascus–Benghazi "
         "flights and «عمر الحلبي» (holds حلب) are not movements.",
 "qnk4": "Iranian Arabic service (Pars Today) weekly on the oil crescent: tribal gunmen massing around Ras Lanuf "
         "(actor null), LNA reinforcements Ajdabiya→Brega/Ras Lanuf, two Turkish cargo planes Konya→Al-Watiya "
         "base, a planned LNA battalion Bin Jawad→Es Sider terminal, a Misrata commander's conditional advance Abu "
         "Grein→the oil crescent and the PFG's denial that Russian Africa Corps men entered the Zueitina terminal; "
         "tankers leaving Brega for Italy and China, the Russian/Turkish presence in Jufra/Misrata/Al-Watiya, "
         "Washington's statements and Egypt's Sirte–Jufra «red line» (مصر occurrence 3, after two inside مصراتة) are "
         "not movements.",
 "qnk5": "Chinese Arabic service (People's Daily Online, Xinhua copy) dated timeline of a 5+5 week: two Misrata "
         "battalions pulled back Al-Washka→Misrata, two Russian cargo planes at Jufra air base (satellite images), "
         "a planned LNA pull-back Buwairat al-Hassoun→Sirte, Turkey's denied airlift of soldiers to Misrata airport "
         "and a GNU delegate's conditional Turkish departure from Al-Watiya and Misrata (Jufra and Brak only in "
         "the condition); the Sirte meeting, Geneva (2020 agreement), Moscow, the UN mission name (holds ليبيا), "
         "public buses Misrata–Sirte (written مصراته), «وسرت حالة» (verb “spread”) and China's statement are not "
         "movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qnk1", "qnk2", "qnk3", "qnk4", "qnk5")
