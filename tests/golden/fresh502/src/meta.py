# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 # foreign cities
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 # Sirte city, its districts, port and base
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 "sirte_port": ("crossing", "LY", 31.21500, 16.60000, "Port of Sirte"),                 # K
 "hay2": ("district", "LY", 31.20000, 16.57500, "Sirte District 2 (Al-Hay al-Thani)"),  # K
 "giza_bahriya": ("district", "LY", 31.21000, 16.56000, "Al-Giza al-Bahriya (Sirte)"),  # K
 "zaafran": ("district", "LY", 31.19500, 16.61500, "Al-Zaafran (Sirte)"),               # K
 "gardabiya_base": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),             # G
 "gardabiya_airport": ("airport", "LY", 31.06350, 16.59500, "Gardabya Airport"),        # G
 "gulf_sirte": ("region", "LY", 30.90000, 18.00000, "Gulf of Sirte"),                   # G
 # surroundings of Sirte
 "qasr_abuhadi": ("town", "LY", 31.05926, 16.65905, "Qasr Abu Hadi"),                   # G (row قصر ابو هادي)
 "jarif": ("town", "LY", 31.15000, 16.35000, "Wadi Jarif"),                             # K
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                # G
 "harawa_mun": ("district", "LY", 31.05000, 17.15000, "Harawa municipality"),           # G* (town row)
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "nawfaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                           # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 # Jufra
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra_area": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                      # G* (Hun town row)
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 # east and oil crescent
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.10500, 20.05000, "Port of Benghazi"),           # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G (row قاعدة بنينا الجوية)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                      # G (row راس لانوف)
 "es_sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),           # G
 # west
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # border regions (Libyan side)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),            # G* (row الحدود الليبية النيجرية)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),             # G* (row الحدود الليبية التشادية)
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, RU = "Libyan National Army", "GNA forces", "Russian forces"

TRAPS = {
 "sj1": ["سبوتنيك", "الفيلق الإفريقي", "دعم مالي", "الروسية", "الليبية", "معمر القذافي"],
 "sj2": ["ليبيا الأحرار", "القيادة العامة للجيش الوطني الليبي", "طارق بن زياد", "المنطقة العسكرية الوسطى",
         "غرفة عمليات سرت الجفرة"],
 "sj3": ["فرانس 24", "مجمع واغادوغو للمؤتمرات", "سرت شائعات", "البنيان المرصوص", "السودانيون",
         "التشاديون", "الفرنسية", "الليبية"],
 "sj4": ["يورونيوز", "القيادة العامة للجيش الوطني الليبي", "اللواء المدرع شهداء الزاوية", "سرت شائعات", "مفتاح الهراوي",
         "ما ادري", "الجيش الليبي", "روسية", "معمر القذافي"],
 "sj5": ["بوابة إفريقيا الإخبارية", "معركة القرضابية", "شارع دبي", "شارع طرابلس", "خالد الإدريسي",
         "ميلاد السرتي", "السرتي"],
}

PHEN = {
 "sj1": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "sj2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "coverage_bases"],
 "sj3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "sj4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "town_vs_district", "coverage_bases", "coverage_oil"],
 "sj5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "ambiguity_tripoli", "ambiguity_idri",
         "town_vs_district", "coverage_bases", "coverage_crossings"],
}

MOVES = {
 "sj1": [
  mv("withdraw", "denied", RU, ["قاعدة القرضابية الجوية"], ["قاعدة الجفرة"]),
  mv("withdraw", "conditional", RU, ["ليبيا"]),
  mv("airlift", "reported", RU, ["قاعدة الخادم"], ["مطار القرضابية"], ["خليج سرت"]),
  mv("deploy", "planned", RU, [], ["قصر أبو هادي"]),
  mv("shipment", "reported", None, [], ["ميناء سرت", "قاعدة القرضابية الجوية"]),
 ],
 "sj2": [
  mv("mobilise", "denied", "Misrata forces", ["مصراتة"], ["أبوقرين"]),
  mv("reinforce", "reported", LNA, ["قاعدة الجفرة الجوية"], ["وادي جارف"], ["ودان"]),
  mv("deploy", "planned", GNA, [], ["الوشكة"]),
  mv("advance", "conditional", GNA, [], ["بويرات الحسون", "وادي جارف"]),
  mv("redeploy", "reported", LNA, ["وادي جارف"], ["قاعدة القرضابية"]),
 ],
 "sj3": [
  mv("withdraw", "planned", "Foreign fighters", ["سرت", "الجفرة"], [], ["الحدود مع تشاد"]),
  mv("withdraw", "reported", LNA, ["بويرات الحسون"], ["قاعدة القرضابية الجوية"]),
  mv("redeploy", "conditional", GNA, ["أبو قرين"], ["مصراتة"]),
  mv("naval_landing", "denied", "Wagner Group", [], ["ميناء سرت", "هراوة"]),
 ],
 "sj4": [
  mv("reinforce", "reported", LNA, ["بن جواد"], ["الهراوة"], ["النوفلية"]),
  mv("shipment", "reported", LNA, ["رأس لانوف"], ["الهراوة"]),
  mv("advance", "planned", LNA, ["الهراوة"], ["قصر بوهادي"]),
  mv("deploy", "denied", RU, ["قاعدة القرضابية"], ["الهراوة"]),
  mv("airlift", "conditional", LNA, ["قاعدة بنينا"], ["مطار القرضابية"]),
 ],
 "sj5": [
  mv("deploy", "reported", LNA, ["قاعدة القرضابية الجوية"], ["الحي الثاني", "الجيزة البحرية"]),
  mv("withdraw", "denied", LNA, ["الزعفران"], ["هراوة"]),
  mv("naval_landing", "planned", LNA, ["ميناء بنغازي"], ["ميناء سرت"]),
  mv("mobilise", "conditional", "Misrata forces", [], ["سرت"]),
 ],
}

NOTES = {
 "sj1": "Sputnik Arabic from Moscow: a Russian MoD source denies a pull-out Gardabiya air base→Jufra base (headline "
        "«القرضابية» = the same base and move), says the advisers leave Libya only «إلا إذا» asked (conditional); "
        "flight trackers' Il-76 airlift Al Khadim→Gardabiya airport over the Gulf of Sirte (reported; Benghazi is a "
        "locator, the headline «قرب سرت» is the same flight); trainers planned for a camp near Qasr Abu Hadi; a "
        "Russian-flagged cargo of armoured cars unloaded at Sirte port and trucked «إلى القاعدة» (anaphora → Gardabiya "
        "air base; no owner named, actor null). The Libya→Mali/Niger supply line, the Niger border, Moscow's support "
        "and Yevkurov's visit to Benghazi from Algeria are background/diplomacy, not movements.",
 "sj2": "Libya Al-Ahrar from Tripoli: the GNU defence ministry denies massing Misrata forces at Abu Qurayn (mobilise, "
        "denied); says a Tariq bin Ziyad column went Jufra air base→Wadi Jarif via Waddan (reinforce: a battalion was "
        "already there; Sirte is a distance reference); a military-police company planned for Al-Washka; a conditional "
        "advance on Buwairat al-Hassoun and Wadi Jarif «إذا لم يُسحب الرتل»; the LNA calls it a rotation and says the "
        "outgoing battalion went back Wadi Jarif→Gardabiya base (redeploy, reported). The open Misrata–Sirte road, the "
        "MP for Sirte and the envoy in Tripoli are not movements.",
 "sj3": "France 24 from Sirte: a 5+5 meeting (venue «مجمع واغادوغو للمؤتمرات» is a trap; Geneva and Tunis are past "
        "venues); a planned departure of foreign fighters from Sirte and Al-Jufra with Sudanese and Chadians leaving "
        "via the border with Chad; a reported LNA artillery pull-back Buwairat al-Hassoun→Gardabiya air base; GNU "
        "forces at Abu Qurayn «ستعيد تموضعها إلى مصراتة إذا» (conditional redeploy); the LNA denies a Wagner landing at "
        "Sirte port and transfer to Harawa (one denied naval landing, both destinations). «سرت شائعات» is the verb; "
        "the 2016/2020 history of Sirte is background without a movement place.",
 "sj4": "Euronews Arabic: after an attack on a gate at Harawa, an LNA armoured brigade went Bin Jawad→Harawa via "
        "Nawfaliya (reinforce; headline «هراوة» is the same move, destination given as the body's «الهراوة»); ammunition "
        "and fuel trucks Ras Lanuf→«البلدة» (shipment, anaphora → الهراوة); a planned sweep Harawa→Qasr Abu Hadi "
        "(spelled قصر بوهادي); the Harawa mayor denies Russians moving Gardabiya base→«البلدة»; a conditional special "
        "forces airlift Benina base→Gardabiya airport «إذا تكررت الهجمات». Families leaving for Sirte are civilians; "
        "Sirte–Es Sider is an area under air watch, not a movement.",
 "sj5": "Africa Gate News from Sirte: 604 Infantry Battalion units deployed from Gardabiya air base into District 2 "
        "and Al-Giza al-Bahriya (reported); the battalion commander denies a pull-out from Al-Zaafran towards Harawa; "
        "a marine company to land at Sirte port from Benghazi port next week (planned naval landing); a Misrata "
        "military council member: no build-up towards Sirte «إلا إذا» its people are attacked (conditional mobilise; "
        "Misrata is the speaker's place). Streets (شارع دبي، شارع طرابلس), the Gardabiya battle, and people "
        "(الإدريسي، السرتي) are traps; the GNU in Tripoli does not move.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("sj1", "sj2", "sj3", "sj4", "sj5")
