# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label/kind (listed in the README). No row is own knowledge (no K rows).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                              # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                  # G
 # foreign cities and bases
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                  # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                 # G
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                        # G
 "tehran": ("city", "IR", 35.69439, 51.42151, "Tehran"),                                 # G (row تهران, written طهران)
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                 # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                     # G
 # Misrata and the western side of the line
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G (also written مصراته)
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),              # G (gazetteer kind crossing)
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                             # G
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                             # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G (row أبوقرين; also written أبو قرين)
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                              # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G
 # Sirte and the Oil Crescent
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte Municipality"),              # G* (city row, kind district)
 "gardabya_base": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),               # G
 "gulf_sirte": ("region", "LY", 30.90000, 18.00000, "Gulf of Sirte"),                    # G
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                 # G
 "bin_jawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "nofaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                             # G
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                        # G (gazetteer kind oilfield)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                             # G (row أجدابيا, written اجدابيا)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),            # G (gazetteer kind crossing)
 # Al-Jufra and the south
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                            # G* (point of the row قاعدة الجفرة الجوية)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                       # G
 "hun_airport": ("airport", "LY", 29.11010, 15.96560, "Hon Airport"),                    # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                 # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                   # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libya side)"),  # G* (row الحدود الليبية التشادية)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libya side)"),  # G* (row الحدود الليبية السودانية)
}

TRAPS = {
 "qmo1": ["إذاعة مصراتة المحلية", "لواء المحجوب", "الكتيبة 166 مشاة", "الجيش الوطني الليبي", "عبد الله السرتي"],
 "qmo2": ["إذاعة سرت المحلية", "غرفة عمليات سرت والجفرة", "اللواء 128 معزز", "مجمع واغادوغو للمؤتمرات",
          "الفيلق الأفريقي", "حكومة الوحدة الوطنية", "سوري", "الروسي", "التركية"],
 "qmo3": ["برناما", "بعثة الأمم المتحدة", "الفيلق الأفريقي", "السفارة الروسية", "الليبية", "ليبية", "السودانية",
          "التشادية", "النيجرية", "تركية", "الأتراك", "سوريون", "سودانيون"],
 "qmo4": ["وكالة مهر للأنباء", "وكالة الأناضول", "الفيلق الأفريقي", "الجيش الوطني الليبي", "حكومة الوحدة الوطنية",
          "السفارة الروسية", "وزارة الدفاع التركية", "سفناً حربية تركية", "الليبية", "الأتراك", "الروسي", "روسية"],
 "qmo5": ["i24NEWS", "الفيلق الأفريقي", "الجيش الوطني الليبي", "المنطقة العسكرية الوسطى", "الكتيبة 116 مشاة",
          "لجنة الاتصال السودانية", "السودانيين", "سوداني", "روسية", "العجز المالي"],
}

PHEN = {
 "qmo1": ["clitics", "spelling", "media_trap", "operation_trap", "person_trap"],
 "qmo2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "town_vs_district", "coverage_bases"],
 "qmo3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "border_phrase", "coverage_bases",
          "coverage_neighbours", "countries"],
 "qmo4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "qmo5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qmo1": [
  mv("withdraw", "reported", "Misrata forces", ["الوشكة"], ["مصراتة"], ["أبوقرين", "الهيشة"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["الوشكة"]),
  mv("redeploy", "conditional", "Misrata forces", [], ["الوشكة"]),
  mv("reinforce", "denied", "Misrata forces", ["مصراته"], ["أبوقرين"]),
 ],
 "qmo2": [
  mv("withdraw", "reported", "Syrian mercenaries", ["قاعدة القرضابية"], ["قاعدة الجفرة الجوية"]),
  mv("redeploy", "planned", "Libyan National Army", ["سرت"], ["هراوة"]),
  mv("withdraw", "conditional", "Russian forces", ["الجفرة"], []),
  mv("advance", "denied", "GNA forces", ["أبوقرين"], ["سرت"]),
 ],
 "qmo3": [
  mv("airlift", "reported", "Foreign fighters", ["قاعدة الجفرة الجوية"], ["بنغازي"]),
  mv("withdraw", "planned", "Chadian armed groups", ["الجفرة", "سبها"], ["الحدود مع تشاد"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["مصراتة", "قاعدة الوطية"], []),
  mv("airlift", "denied", "Russian forces", ["قاعدة حميميم"], ["قاعدة القرضابية"]),
 ],
 "qmo4": [
  mv("withdraw", "reported", "Russian forces", ["بن جواد", "النوفلية"], ["قاعدة الجفرة الجوية"]),
  mv("deploy", "planned", "Libyan National Army", ["اجدابيا"], ["بن جواد"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["راس لانوف"]),
  mv("naval_landing", "conditional", "Turkish armed forces", [], ["ميناء مصراتة"]),
  mv("shipment", "denied", "Russian forces", ["طرطوس"], ["ميناء بنغازي"]),
 ],
 "qmo5": [
  mv("redeploy", "reported", "Sudanese armed groups", ["ودان"], ["سوكنة"]),
  mv("airlift", "planned", "Sudanese armed groups", ["مطار هون"], ["الكفرة"]),
  mv("withdraw", "planned", "Sudanese armed groups", ["الكفرة"], ["الحدود مع السودان"]),
  mv("redeploy", "reported", "Libyan National Army", ["سبها"], ["ودان"]),
  mv("advance", "conditional", "GNA forces", ["أبو قرين", "الوشكة"], ["الجفرة"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["مالي"]),
 ],
}

NOTES = {
 "qmo1": "Misrata local radio (إذاعة مصراتة المحلية; the outlet name holds مصراتة) from Misrata: Misrata brigades "
         "(Al-Mahjoub, 166) pull heavy artillery back Al-Washka→Misrata via Abu Qurayn and Al-Hisha (reported); the JMC "
         "communiqué's second phase, a military-police company Tripoli→Al-Washka (planned); the Washka axis commander's "
         "conditional redeployment of artillery in Al-Washka («لن ... إلا إذا»; Sirte only in the condition); the brigade's "
         "denial of reinforcements Misrata (written مصراته)→Abu Qurayn. Sirte as venue, the commitment not to bring forces "
         "between Abu Qurayn and Sirte, civilian fuel trucks Tawergha→Sirte, Tripoli/Benghazi welcoming (metonymy), "
         "Misrata's notables and the driver «عبد الله السرتي» (holds سرت) are not movements or movement places.",
 "qmo2": "Sirte local radio (إذاعة سرت المحلية; holds سرت) from Sirte: the first civilian buses Sirte→Misrata via "
         "Al-Washka and Abu Qurayn (no move); some 200 Syrian fighters leave Gardabya base for Al-Jufra air base "
         "(reported); the LNA's 128th brigade Sirte→Harawa (planned exchange of positions); the Africa Corps will not leave "
         "Al-Jufra while Turkish forces stay at Al-Watiya and Misrata (conditional withdrawal; the condition's places are "
         "not movement places); the Sirte municipality's mayor denies a GNU column Abu Qurayn→Sirte. Operation-room name "
         "«غرفة عمليات سرت والجفرة» and «مجمع واغادوغو للمؤتمرات» are traps; the 2020 front is background.",
 "qmo3": "Bernama Arabic wire (برناما-وكالات) from Tripoli with a long quoted UNSMIL statement: monitors documented "
         "some 300 foreign fighters flown Al-Jufra air base→Benghazi (reported airlift); phase two, Chadian armed groups "
         "leaving the Al-Jufra and Sabha areas for the border with Chad (planned, Libya side); Turkish advisers will not "
         "leave Misrata and Al-Watiya except at an elected government's request (conditional); the Russian embassy denies "
         "Africa Corps flights Hmeimim→Gardabya base. Geneva (ceasefire), Ankara (speaker), Syria (locator), Libya in the "
         "mission's name, Sirte's contact lines, the coastal road Misrata–Sirte and Tripoli/Benghazi are not movement places.",
 "qmo4": "Mehr News Agency Arabic (وكالة مهر للأنباء) from Tehran (gazetteer تهران, written طهران): the Africa Corps "
         "leaves positions near Bin Jawad and Nofaliya for Al-Jufra air base (reported); an LNA battalion from Ajdabiya "
         "(written اجدابيا) will take over Bin Jawad (planned); the LNA masses vehicles at Ras Lanuf (reported mobilise); a "
         "Turkish official's conditional marine landing at Misrata port; the Russian embassy's denial of arms shipments "
         "Tartus→Benghazi port. The Oil Crescent (source area), Gulf of Sirte (locator), Ankara/Moscow (metonymy), "
         "Washington, Gardabya (presence, no move) and the 2020 Sirte–Jufra line are not movement places.",
 "qmo5": "i24NEWS Arabic channel from Benghazi on Al-Jufra: about 400 Sudanese fighters moved from south of Waddan to a "
         "camp near Sokna (reported redeploy); cargo planes will fly them Hun airport→Kufra and then overland to the "
         "border with Sudan (two planned moves, chained); an LNA 116th battalion column Sabha→Waddan replacing them "
         "(reported); the GNU chief of staff's conditional advance from Abu Qurayn (written أبو قرين) and Al-Washka towards "
         "Al-Jufra; the LNA denies Russian flights Al-Jufra air base→Mali. Hun (source), Tripoli (2019 war; seat), "
         "civilian trucks Waddan–Sirte and «العجز المالي» (holds مالي) are not movements or movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qmo1", "qmo2", "qmo3", "qmo4", "qmo5")
