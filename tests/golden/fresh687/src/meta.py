# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # the Misrata–Sirte axis (shared)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_mun": ("district", "LY", 32.37535, 15.09254, "Misrata municipality"),         # G* (city row)
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                            # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra": ("district", "LY", 29.15, 16.05, "Al Jufra"),                                 # K (point near Hun/Waddan)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata_port": ("crossing", "LY", 32.366, 15.213, "Port of Misrata (Qasr Ahmed)"),   # K
 # zm1 (Al-Quds Al-Arabi)
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 # zm2 (Al-Jarida)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "raslanuf": ("town", "LY", 30.50000, 18.52720, "Ras Lanuf"),                           # G* (row راس لانوف, kind oilfield)
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),         # G* (row راس لانوف)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "sidibarrani_ab": ("base", "EG", 31.61166, 25.92539, "Sidi Barrani Air Base"),         # G* (town row)
 "border_eg": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),      # K
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 # zm3 (Roya)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "misrata_ab": ("base", "LY", 32.32556, 15.05972, "Misrata Air Academy base"),          # G* (row مطار مصراتة)
 "gaziantep_airport": ("airport", "TR", 36.94720, 37.47870, "Gaziantep Airport"),       # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 # zm4 (Shafaq News)
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # zm5 (Al-Ayam)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "nofaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                            # G
 "mabruk": ("oilfield", "LY", 29.73320, 17.31830, "Mabruk oil field"),                  # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn": ("region", "TN", 33.08, 11.35, "Tunisia-Libya border (Tunisian side)"),  # K
}

TRAPS = {
 "zm1": ["القدس العربي", "المصراتية", "الخمسة", "قناة مصراتة", "خالد الطرابلسي", "عملية البنيان المرصوص",
         "أحمد معيتيق", "الجيش الوطني الليبي", "الروسية"],
 "zm2": ["الوطني الليبي", "الجريدة", "الجيش الوطني الليبي", "إدريس الفرجاني", "مصري", "المنطقة العسكرية الغربية", "الليبي"],
 "zm3": ["التركية", "رؤيا", "المرصد السوري لحقوق الإنسان", "لبنانية", "اللبناني", "الزاوية"],
 "zm4": ["الجيش الوطني الليبي", "شفق نيوز", "إدريس المقريف", "ليبيا الحدث", "قوة حماية وتأمين سرت", "المصراتية"],
 "zm5": ["الأيام", "التونسية", "مصطفى الزليتني", "المصراتية", "حرس المنشآت النفطية"],
}

PHEN = {
 "zm1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "town_vs_district", "coverage_bases"],
 "zm2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
 "zm3": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "coverage_bases", "coverage_crossings", "countries"],
 "zm4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_crossings"],
 "zm5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "border_phrase", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "zm1": [
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["أبوقرين"], ["تاورغاء"]),
  mv("deploy", "planned", "GNA forces", [], ["الهيشة"]),
  mv("advance", "conditional", "Misrata forces", ["أبوقرين"], ["سرت"]),
  mv("withdraw", "denied", "Wagner Group", ["قاعدة القرضابية"], ["قاعدة الجفرة الجوية"]),
 ],
 "zm2": [
  mv("redeploy", "reported", "Libyan National Army", ["راس لانوف"], ["سرت"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة الخادم"], ["قاعدة القرضابية"]),
  mv("advance", "conditional", "Egyptian army", ["قاعدة سيدي براني الجوية"], ["سرت", "الجفرة"]),
  mv("mobilise", "denied", "Misrata forces", [], ["الهيشة"]),
 ],
 "zm3": [
  mv("naval_landing", "reported", "Turkish armed forces", ["مرسين"], ["ميناء مصراتة"]),
  mv("redeploy", "reported", "Turkish armed forces", ["قاعدة الوطية"], ["قاعدة الكلية الجوية"]),
  mv("airlift", "planned", "Syrian mercenaries", ["مطار غازي عنتاب"], ["مطار مصراتة"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["مصراتة"]),
  mv("shipment", "denied", None, ["مرفأ طرابلس"], ["ميناء مصراتة"]),
 ],
 "zm4": [
  mv("reinforce", "reported", "Libyan National Army", ["هون"], ["سرت"], ["ودان"]),
  mv("shipment", "planned", "Libyan National Army", ["ميناء بنغازي"], ["سرت"], ["اجدابيا"]),
  mv("advance", "conditional", "Libyan National Army", ["الوشكة"], ["أبوقرين"]),
  mv("withdraw", "denied", "Misrata forces", ["بوقرين"], ["مصراتة"]),
 ],
 "zm5": [
  mv("withdraw", "reported", "Misrata forces", ["ابوقرين"], ["مصراتة"]),
  mv("mobilise", "planned", "Libyan National Army", [], ["النوفلية"]),
  mv("naval_landing", "conditional", "Misrata forces", ["ميناء مصراتة"], ["ميناء السدرة"]),
  mv("deploy", "denied", "Wagner Group", [], ["حقل المبروك"]),
 ],
}

NOTES = {
 "zm1": "Misrata reinforcements Misrata→Abu Grein via Tawergha (headline repeats it); the GNA staff's planned artillery "
        "battalion to Al-Hisha; a conditional advance Abu Grein→Sirte ('في حال'); Wagner's denied pull-out from "
        "Gardabya base to Jufra air base (Sirte there only locates the base). Tripoli = dateline; Geneva = venue of the "
        "2020 ceasefire; Sirte in 'لتحرير سرت' (2016) and the Sirte–Abu Grein lines are not movement places; "
        "Misrata municipality beside the city; traps: القدس العربي, قناة مصراتة, خالد الطرابلسي, أحمد معيتيق.",
 "zm2": "LNA units redeployed Ras Lanuf→Sirte's western edge; a planned Ilyushin airlift Al-Khadim base→Gardabya base; "
        "an Egyptian conditional advance Sidi Barrani air base→Sirte and Jufra ('إذا تجاوزت'; the border phrase only "
        "locates the Western Military Zone, the Sirte–Jufra line is the condition); Misrata's military council denies "
        "massing 200 vehicles in Al-Hisha. Cairo = dateline/speaker; the oil crescent, Es Sider and Ras Lanuf port "
        "are background; إدريس الفرجاني is a person.",
 "zm3": "Turkish marines landed at Misrata port from Mersin; a Turkish air-defence system moved Al-Watiya base→the Air "
        "Academy base in Misrata (مصراته only locates it); a planned charter airlift of Syrian fighters Gaziantep "
        "airport→Misrata airport; Turkey will not withdraw its advisers from Misrata unless Wagner leaves Sirte and "
        "Jufra (conditions, not movement places); the Misrata free zone denies an arms shipment from Tripoli port "
        "(Lebanon)→Misrata port (actor null). Amman = dateline (not Oman); Ankara speaker; Libyan Tripoli seat of the "
        "government; Benghazi seat of the LNA command.",
 "zm4": "An LNA column Hun→Sirte via Waddan (Jufra district beside Hun); its commander is from Idri (origin of a person, "
        "not a movement place; إدريس المقريف a trap); a planned 40-truck supply convoy Benghazi port→Sirte via "
        "Ajdabiya; a conditional LNA advance Al-Washka→Abu Grein ('إذا واصلت'); Misrata's denied withdrawal from "
        "بوقرين (spelling variant of Abu Grein) to Misrata. Benghazi dateline; Al-Washka also in 'آمر محور الوشكة' and "
        "as the site of a past clash; Sirte–Jufra front and southern Libya background.",
 "zm5": "5+5 meeting in Tunis: Misrata brigades pulled heavy weapons out of Abu Grein (ابوقرين) into Misrata; the LNA "
        "'intends' to mass two brigades in Nofaliya (planned mobilise; Sirte only a locator); a conditional naval "
        "landing Misrata port→Es Sider oil port if Haftar closes the oil ports; the LNA member denies a Wagner "
        "deployment at the Mabruk field. Tunis dateline (city) vs Tunisia (the host state, country); Ras Ajdir and the "
        "border with Libya are only the place of tightened controls; the next meeting in Sirte is not a movement.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("zm1", "zm2", "zm3", "zm4", "zm5")
