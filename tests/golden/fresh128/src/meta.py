# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                                # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                   # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                              # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "ghana": ("country", "GH", 7.95122, -1.07779, "Ghana"),                                   # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 # Sirte and the front line west of it
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                     # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),                # G* (city row)
 "sirte_port": ("crossing", "LY", 31.215, 16.575, "Sirte port"),                           # K
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabiya Air Base"),                    # G (row قاعدة القرضابية)
 "gardabiya_airport": ("airport", "LY", 31.06350, 16.59500, "Gardabiya Airport"),          # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                    # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                                # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),# G
 "misrata_port": ("crossing", "LY", 32.37, 15.21, "Misrata port (Qasr Ahmed)"),            # K
 # Jufra
 "jufra": ("district", "LY", 29.14, 16.05, "Al Jufra"),                                    # K (README rule: point near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                    # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                   # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                         # G
 "hun_mun": ("district", "LY", 29.12684, 15.94772, "Hun municipality"),                    # G* (town row)
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                     # G
 # oil crescent and the east
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                     # G
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                         # G
 "es_sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                       # G
 "marada": ("town", "LY", 29.22054, 19.20454, "Marada"),                                   # G
 "zella": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                    # G
 # west and south
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                     # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                     # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),               # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                       # G* (row جنوب ليبيا)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),               # G* (row الحدود الليبية السودانية)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                # G* (row الحدود الليبية التشادية)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "tripoint": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G (row المثلث الحدودي)
 # abroad
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                    # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),             # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                               # G
 "bouznika": ("town", "MA", 33.789, -7.160, "Bouznika"),                                   # K
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                     # G* (row spelled ربات)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                  # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                              # G (row عين أميناس)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                    # G
 "border_dz_side": ("region", "DZ", 29.0, 9.55, "Algeria-Libya border (Algerian side)"),   # K
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                  # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G
 "illizi": ("district", "DZ", 26.97285, 7.86520, "Illizi province"),                       # G
}

TRAPS = {
 "dz1": ["الميادين نت", "القيادة العامة للجيش الوطني الليبي", "غرفة عمليات سرت الجفرة", "عبد الله الطرابلسي", "الروس", "زلة جديدة",
         "السنوات الخمس"],
 "dz2": ["اليوم السابع", "اللجنة العسكرية الليبية", "السفارة المصرية", "شارع طرابلس", "سالم السرتي", "مصدر مصري",
         "الدولة المصرية", "المنطقة الغربية العسكرية", "سفينة حربية تركية"],
 "dz3": ["هسبريس", "المرتزقة السوريين", "الأراضي الليبية", "الروسية", "الفيلق الأفريقي", "السودانيون",
         "وسائل إعلام تركية", "مقاتلين تشاديين", "الباحث المغربي", "الإدريسي"],
 "dz4": ["يورونيوز", "قاعة واغادوغو", "المجلس العسكري مصراتة", "ما ادري"],
 "dz5": ["الشروق", "الجيش الوطني الشعبي", "اللجنة العسكرية الليبية", "مقاتل تشادي", "الناحية العسكرية الرابعة",
         "صفحات ليبية", "الخبير الأمني الليبي", "فرج السبهاوي"],
}

PHEN = {
 "dz1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "town_vs_district", "coverage_bases"],
 "dz2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "dz3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "dz4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "dz5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours",
         "countries"],
}

LNA, GNA = "Libyan National Army", "GNA forces"


def M(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "dz1": [
  M("withdraw", "reported", LNA, ["بويرات الحسون"], ["قاعدة الجفرة الجوية"], ["ودان"]),
  M("redeploy", "reported", GNA, ["الوشكة"], ["أبو قرين"]),
  M("deploy", "planned", None, [], ["أبوقرين", "سرت"]),
  M("advance", "conditional", GNA, [], ["سرت"]),
  M("reinforce", "denied", "Wagner Group", ["الجفرة"], ["سرت"]),
 ],
 "dz2": [
  M("deploy", "reported", None, [], ["أبو قرين", "بويرات الحسّون"]),
  M("withdraw", "reported", "Misrata forces", ["الوشكة"], ["مصراتة"]),
  M("redeploy", "reported", LNA, ["سرت"], ["قاعدة القرضابية"]),
  M("advance", "conditional", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سرت"]),
  M("naval_landing", "denied", "Turkish armed forces", [], ["ميناء مصراتة"]),
  M("shipment", "planned", None, ["مصراتة"], ["الوشكة", "سرت"]),
 ],
 "dz3": [
  M("airlift", "reported", "Syrian mercenaries", ["مطار مصراتة"], ["إسطنبول"]),
  M("airlift", "planned", "Wagner Group", ["قاعدة الجفرة الجوية", "سرت"], ["قاعدة الخادم"]),
  M("withdraw", "conditional", "Sudanese armed groups", ["الجفرة"], ["الحدود مع السودان"], ["الكفرة"]),
  M("mobilise", "denied", "Chadian armed groups", [], ["سوكنة", "هون"]),
 ],
 "dz4": [
  M("shipment", "reported", LNA, ["بنغازي"], ["قاعدة الجفرة الجوية"], ["مرادة", "زلّة"]),
  M("naval_landing", "reported", LNA, ["بنغازي"], ["ميناء سرت"]),
  M("withdraw", "planned", LNA, ["ميناء سرت"], ["بنغازي"]),
  M("mobilise", "denied", "Misrata forces", [], ["أبوقرين"]),
  M("deploy", "conditional", None, [], ["ودان", "سوكنة"]),
 ],
 "dz5": [
  M("reinforce", "reported", "Algerian army", ["عين أمناس"], ["الدبداب"]),
  M("withdraw", "reported", "Chadian armed groups", ["الجفرة"], ["الحدود مع تشاد"], ["سبها"]),
  M("deploy", "planned", LNA, [], ["منفذ التوم"]),
  M("airlift", "conditional", "Algerian army", ["ورقلة"], ["جانت"]),
  M("withdraw", "denied", "Foreign fighters", ["سرت"], ["إليزي"]),
 ],
}

NOTES = {
 "dz1": "Al-Mayadeen-style report from Sirte on the 5+5 first disengagement phase: an LNA pull-back Buwairat al-Hassoun→"
        "Jufra air base via Waddan (reported, repeated in the headline), a GNA artillery redeploy Al-Washka→Abu Qurayn "
        "(headline «قوات طرابلس تتراجع إلى أبوقرين», the body writes «أبو قرين»), a planned joint force on the coastal road "
        "between Abu Qurayn and Sirte, a conditional GNA advance on Sirte («إذا لم يغادر المرتزقة ...» — the mercenaries' "
        "leaving is the condition, not a movement) and a denied Wagner reinforcement Jufra→Sirte. Traps: the Sirte–Jufra "
        "operations room, the officer «الطرابلسي», «زلة» (Zella) and «السنوات الخمس» (Al-Khums); distance reference «غرب سرت».",
 "dz2": "Youm7-style report on the reopening of the Sirte–Misrata coastal road: the joint force deployed at the gates "
        "between Abu Qurayn and Buwairat al-Hassoun (reported, actor null), Misrata forces Al-Washka→Misrata (withdraw), "
        "LNA units Sirte's western entrance→Gardabiya base (redeploy), Egypt's conditional advance Mohamed Naguib base→"
        "Sirte, a denied Turkish landing at Misrata port and a planned equipment shipment Misrata→Al-Washka/Sirte. Traps: "
        "«شارع طرابلس» in Misrata, «سالم السرتي»; «مصر» inside «مصري»، «المصرية»، «مصراتة»; civilian traffic and fuel tankers "
        "from Ras Lanuf are not movements.",
 "dz3": "Hespress-style report on foreign fighters leaving: a reported Syrian-mercenary airlift Misrata airport→Istanbul "
        "(their former axes Abu Qurayn/Al-Washka are background stationing), a planned Wagner airlift Jufra air base/Sirte→"
        "Al Khadim, a conditional Sudanese withdrawal Jufra→the Sudan border via Kufra («شرط أن») and a denied Chadian "
        "mobilisation in Sokna and Hun. The press-conference venue Sirte, Bouznika/Morocco/Rabat and an analyst's fear of "
        "leakage to the south are not movements. Traps: «الإدريسي» (Idri), «الباحث المغربي», «تشاديين».",
 "dz4": "Euronews-Arabic-style report on the first UN ceasefire monitors in Sirte: their UN flight Mitiga→Gardabiya airport "
        "is not a force movement; the monitors' report gives a reported LNA ammunition convoy Benghazi→Jufra air base via "
        "Marada and Zella, a reported (and confirmed) LNA landing at Sirte port from Benghazi, the planned return of the "
        "outgoing force Sirte port→Benghazi, a denied Misrata build-up at Abu Qurayn and a conditional joint-force "
        "deployment to Waddan and Sokna. Traps: «قاعة واغادوغو», «المجلس العسكري مصراتة», «ما ادري».",
 "dz5": "Echorouk-style report from Algiers: an Algerian reinforcement In Amenas→Debdeb (the border phrase only locates "
        "Debdeb), a reported Chadian withdrawal Jufra→the Chad border via Sabha, a planned LNA battalion at the Toummo "
        "crossing, a conditional Algerian airlift Ouargla→Djanet and a denied crossing of foreign fighters Sirte→Illizi. "
        "Algeria (headline, country) vs «الجزائر العاصمة» (dateline, city); the committee's venue Sirte and the command's "
        "seat Benghazi are not movement places. Traps: «فرج السبهاوي» (Sabha), «مقاتل تشادي».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("dz1", "dz2", "dz3", "dz4", "dz5")
