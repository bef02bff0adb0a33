# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # foreign cities (datelines, capitals)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 # Libyan cities and towns
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "fuqaha": ("town", "LY", 27.83333, 16.35000, "Al-Fuqaha"),                             # G
 "marada": ("town", "LY", 29.22054, 19.20454, "Marada"),                                # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "wau": ("village", "LY", 25.35000, 16.72000, "Wau al-Kabir"),                          # G
 # municipalities / districts
 "zillah_mun": ("district", "LY", 28.55099, 17.54358, "Zillah municipality"),           # G* (town row)
 "hun_mun": ("district", "LY", 29.12684, 15.94772, "Hun municipality"),                 # G* (town row)
 "tazirbu_mun": ("district", "LY", 25.67289, 21.07286, "Tazirbu municipality"),         # G* (town row)
 "jufra_d": ("district", "LY", 29.14, 16.04, "Al Jufra"),                               # K (point between Hun and Waddan)
 # bases, airports, ports, crossings
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "waddan_airport": ("airport", "LY", 29.13920, 16.16030, "Waddan Airport"),             # G
 "benghazi_port": ("crossing", "LY", 32.108, 20.056, "Port of Benghazi"),               # K
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),               # G* (row قاعدة طبرق البحرية / city point)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 # oil
 "mabruk": ("oilfield", "LY", 29.73, 17.32, "Al-Mabruk oil field"),                     # K
 "dahra": ("oilfield", "LY", 29.45, 17.60, "Al-Dahra oil field"),                       # K
 "essider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),            # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf port"),                  # G* (row راس لانوف)
 # regions
 "sirte_basin": ("region", "LY", 28.60000, 19.30000, "Sirte Basin"),                    # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "centre_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                   # G
 "haruj": ("region", "LY", 27.25000, 17.50000, "Al Haruj"),                             # G
 "south_east": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),             # G* (row جنوب شرق ليبيا)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
}

TRAPS = {
 "ms1": ["«المنارة»", "الجيش الوطني الليبي", "غرفة عمليات المنطقة الوسطى", "صالح الوداني", "الوداني",
         "شارع طرابلس", "زلة لسان", "شركة المبروك للعمليات النفطية", "تونسياً", "تونسي"],
 "ms2": ["«الوفد»", "سودانيون", "سوداني", "دارفورية", "خليفة حفتر", "الهوني", "غرفة عمليات سرت والجفرة",
         "تشادية", "السودانيين", "الأراضي الليبية", "«الفيلق الأفريقي»", "مصرياً", "وزارة الهجرة المصرية"],
 "ms3": ["«لوسيل»", "خام السدرة", "شركة الواحة للنفط", "الأفارقة", "«الفيلق الأفريقي» الروسي", "حماية ليبية",
         "شركة سرت للنفط والغاز", "خام برنت"],
 "ms4": ["«قورينا»", "عادل بوشعالة", "المبروك عبد الله", "ما ادري", "تشادية"],
 "ms5": ["«التضامن»", "اللواء طارق بن زياد", "ميلاد الإدريسي", "الليبيين", "لا يختلف عليها الفقهاء",
         "حكومة الوحدة الوطنية"],
}

PHEN = {
 "ms1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "ms2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "ms3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "coverage_oil", "coverage_neighbours", "countries"],
 "ms4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "ambiguity_idri",
         "nisba", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours",
         "countries"],
 "ms5": ["clitics", "multiword", "operation_trap", "person_trap", "common_word_trap", "ambiguity_idri", "nisba",
         "ambiguity_tripoli", "town_vs_district", "coverage_bases"],
}

LNA, SUD, CHD, RUS, GNA = "Libyan National Army", "Sudanese armed groups", "Chadian armed groups", "Russian forces", "GNA forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ms1": [
  mv("reinforce", "reported", LNA, ["قاعدة الجفرة الجوية"], ["زلة"], ["ودّان"]),
  mv("withdraw", "conditional", LNA, ["حقل المبروك"], ["زله"]),
  mv("redeploy", "planned", LNA, ["سرت"], ["حقل الظهرة"]),
  mv("withdraw", "denied", LNA, ["زلة"], ["تازربو"]),
 ],
 "ms2": [
  mv("withdraw", "reported", SUD, ["هون", "سوكنة"], ["تازربو"], ["زلة"]),
  mv("withdraw", "planned", SUD, [], ["الحدود مع السودان"], ["الكفرة"]),
  mv("redeploy", "reported", LNA, [], ["هون", "ودان", "سوكنة"]),
  mv("advance", "conditional", LNA, ["تازربو"], ["الحدود مع تشاد"]),
  mv("naval_landing", "denied", RUS, [], ["ميناء طبرق"]),
 ],
 "ms3": [
  mv("deploy", "reported", LNA, ["اجدابيا"], ["حقل الظهرة"], ["مرادة"]),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء راس لانوف"]),
  mv("shipment", "planned", LNA, ["ميناء راس لانوف"], ["حقل المبروك"]),
  mv("mobilise", "conditional", LNA, [], ["زلة"]),
  mv("deploy", "denied", RUS, [], ["حقل المبروك"]),
 ],
 "ms4": [
  mv("deploy", "reported", LNA, ["زلة"], ["تازيربو"]),
  mv("withdraw", "reported", CHD, ["الواو الكبير"], [], ["الحدود مع تشاد"]),
  mv("advance", "conditional", LNA, [], ["الواو الكبير"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("reinforce", "planned", LNA, ["مطار الكفرة"], ["تازربو"]),
  mv("shipment", "denied", LNA, ["زلة"], ["تازربو"]),
 ],
 "ms5": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة الجفرة الجوية"]),
  mv("redeploy", "reported", LNA, ["قاعدة الجفرة الجوية"], ["الفقهاء"], ["سوكنة"]),
  mv("mobilise", "denied", None, [], ["ودان"]),
  mv("deploy", "planned", LNA, ["هون"], ["مطار ودان"]),
  mv("advance", "conditional", GNA, ["أبوقرين"], ["سرت"]),
 ],
}

NOTES = {
 "ms1": "Libyan outlet (Al-Manara), Zillah dateline: an LNA company Jufra air base->Zillah via Waddan (reported reinforce; "
        "headline retells it), the oil guards' threat to pull out of the Mabruk field to Zillah «إذا لم تُصرف» "
        "(conditional withdraw; the guard is stated to be under the General Command), a Sirte battalion to the Dahra "
        "field next week (planned redeploy) and a denied pull-out Zillah->Tazirbu. Traps: «زلة لسان», شارع طرابلس, "
        "صالح الوداني, شركة المبروك للعمليات النفطية; Tunisian workers going home via Ras Ajdir are not a movement.",
 "ms2": "Egyptian outlet (Al-Wafd), Cairo dateline: Sudanese fighters Hun/Sokna->Tazirbu via the Zillah road (reported "
        "withdraw) and on to the Sudan border via Kufra next week (planned withdraw, no origin written), LNA "
        "battalions redeployed in Hun, Waddan and Sokna (reported; Sabha only names the road), a conditional LNA "
        "advance Tazirbu->Chad border («إذا حاولت») and a denied Russian landing at Tobruk port. Egyptian workers "
        "via the Sallum land port are civilians. Traps: الهوني, غرفة عمليات سرت والجفرة; ودان inside السودان/سوداني.",
 "ms3": "Qatari economic daily (Lusail), Doha dateline: an LNA battalion Ajdabiya->Dahra field via Marada (reported "
        "deploy), a naval landing Benghazi port->Ras Lanuf port (reported) with the kit to be trucked to the Mabruk "
        "field (planned shipment), a conditional build-up in Zillah («إذا نفّذ») and a denied Africa Corps entry "
        "into the Mabruk field. Algiers vs Algeria; traps خام السدرة, شركة الواحة للنفط, شركة سرت للنفط والغاز, لوسيل.",
 "ms4": "Benghazi paper (Quryna): an LNA patrol Zillah->Tazirbu (spelled تازيربو; reported deploy), Chadian gunmen "
        "pulled out of Wau al-Kabir across the Chad border (reported withdraw, via only), a conditional advance to "
        "Wau al-Kabir, a planned airlift Benina->Kufra airport and a planned reinforcement of Tazirbu from there, "
        "and a denied ammunition run Zillah->Tazirbu. The missing civilian fuel trucks are not a movement. Traps: "
        "«ما ادري», المبروك عبد الله, قورينا.",
 "ms5": "Libyan agency (Al-Tadamun), Hun dateline: an Il-76 airlift Benina->Jufra air base (reported), a column "
        "Jufra air base->Al-Fuqaha via Sokna (reported redeploy; «من القاعدة» = the Jufra base), a denied «نفير» "
        "massing in Waddan (actor null; Sirte is only its alleged purpose), a planned company Hun->Waddan airport "
        "and a GNA conditional advance Abu Qurayn->Sirte («لن… إلا إذا»). Traps: «لا يختلف عليها الفقهاء» next to the "
        "town الفقهاء, ميلاد الإدريسي; طرابلس as metonymy is gold.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ms1", "ms2", "ms3", "ms4", "ms5")
