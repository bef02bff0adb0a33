# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                             # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russian Federation"),                  # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 # cities and towns outside Libya
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                               # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                 # G
 "latakia": ("city", "SY", 35.53125, 35.79088, "Latakia"),                               # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                 # G
 "idlib": ("city", "SY", 35.93062, 36.63393, "Idlib"),                                   # G
 "afrin": ("town", "SY", 36.50833, 36.86944, "Afrin"),                                   # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "brussels": ("city", "BE", 50.85045, 4.34878, "Brussels"),                              # G
 "athens": ("city", "GR", 37.98376, 23.72784, "Athens"),                                 # G* (row spelled آتن)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                              # G
 # Libyan cities and towns
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "brak_shati": ("town", "LY", 27.54956, 14.27139, "Brak (Brak al-Shati)"),               # G* (Brak town row)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sawknah"),                                 # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                          # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                              # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                  # G
 # districts
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                            # G* (Hun town row, README rule)
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                 # G
 "misrata_mun": ("district", "LY", 32.37535, 15.09254, "Misrata municipality"),          # G* (city row)
 "brak_mun": ("district", "LY", 27.54956, 14.27139, "Brak al-Shati municipality"),       # G* (town row)
 # bases and airports
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G
 "watiya_s": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                   # G (short form الوطية)
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                   # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "misrata_naval": ("base", "LY", 32.36500, 15.21300, "Misrata naval base (Qasr Ahmad)"),  # K
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                     # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                     # G
 "erkilet": ("base", "TR", 38.77040, 35.49540, "Kayseri Erkilet Air Base"),              # K
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),           # G
 "gaziantep_airport": ("airport", "TR", 36.94720, 37.47870, "Gaziantep Oguzeli Airport"),  # K
 # sea ports (kind crossing, as in fresh51 for commercial ports) and land crossings
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Misrata port (Qasr Ahmad)"),     # K
 "khums_port": ("crossing", "LY", 32.65600, 14.27800, "Al Khums port"),                  # K
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),                   # G* (Tobruk city row)
 "tartus_port": ("crossing", "SY", 34.88902, 35.88659, "Tartus port"),                   # G* (Tartus city row)
 "mersin_port": ("crossing", "TR", 36.81196, 34.63886, "Mersin port"),                   # G* (Mersin city row)
 "tripoli_lb_port": ("crossing", "LB", 34.43352, 35.84415, "Port of Tripoli (Lebanon)"),  # G* (Tripoli (Lebanon) city row)
 "bab_salama": ("crossing", "SY", 36.63500, 37.08200, "Bab al-Salameh crossing"),        # K
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),          # G* (row منفذ امساعد, country EG)
 # oil
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 # regions
 "anatolia": ("region", "TR", 39.00000, 33.50000, "Anatolia"),                           # K
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                 # G
 "aleppo_north": ("region", "SY", 36.55000, 37.05000, "Northern Aleppo countryside"),    # K
 "syria_coast": ("region", "SY", 35.20000, 35.95000, "Syrian coast"),                    # K
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),           # G* (row برقة)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "border_eg": ("region", "EG", 31.40000, 25.20000, "Egypt-Libya border (Egyptian side)"),  # K
}

TRAPS = {
 "po1": ["ترك برس", "الجيش الليبي", "غازي عنتاب", "يونانية", "التونسية", "وكالة الأناضول"],
 "po2": ["سبوتنيك", "أسطول البحر الأسود", "السوري", "الكرملين", "وول ستريت جورنال", "الفيلق الأفريقي",
         "محمد الإدريسي"],
 "po3": ["عنب بلدي", "أحرار الشرقية", "المالي", "الجيش السوري", "أبو خالد الإدلبي", "الليبية"],
 "po4": ["يورونيوز", "إيريني", "المجلس العسكري مصراتة", "إبراهيم المصراتي", "اليونانية", "الليبية",
         "الحدود البحرية"],
 "po5": ["القاهرة 24", "الفيلق الأفريقي", "ما ادري", "دعم مالي", "مصري", "الجزائري"],
}

PHEN = {
 "po1": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_tripoli", "ambiguity_country_capital",
         "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "po2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "po3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "po4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "town_vs_district", "coverage_bases", "countries"],
 "po5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TUR, RUS, SYR, MIS, EGY = "Turkish armed forces", "Russian forces", "Syrian mercenaries", "Misrata forces", "Egyptian army"

MOVES = {
 "po1": [
  _m("airlift", "reported", TUR, ["قاعدة إركيليت الجوية"], ["قاعدة الوطية الجوية", "مطار معيتيقة"]),
  _m("airlift", "planned", TUR, ["أنقرة"], ["قاعدة معيتيقة"]),
  _m("withdraw", "planned", TUR, ["قاعدة معيتيقة"], ["تركيا"]),
  _m("deploy", "conditional", TUR, [], ["ميناء مصراتة"]),
  _m("redeploy", "denied", TUR, ["الوطية"], ["زوارة"]),
 ],
 "po2": [
  _m("naval_landing", "reported", RUS, ["ميناء طرطوس"], ["ميناء طبرق"]),
  _m("shipment", "planned", RUS, ["طبرق"], ["قاعدة الجفرة الجوية"]),
  _m("airlift", "planned", RUS, ["قاعدة حميميم"], ["الجفرة"]),
  _m("redeploy", "denied", RUS, ["الجفرة"], ["قاعدة براك الجوية"]),
  _m("withdraw", "conditional", RUS, ["ليبيا"], ["روسيا"]),
 ],
 "po3": [
  _m("withdraw", "reported", SYR, ["مطار معيتيقة"], ["ريف حلب الشمالي"], ["مطار غازي عنتاب", "معبر باب السلامة"]),
  _m("mobilise", "denied", SYR, [], ["إدلب"]),
  _m("deploy", "denied", SYR, ["إدلب"], ["ليبيا"]),
  _m("withdraw", "conditional", SYR, ["الوطية", "مصراتة"], []),
  _m("shipment", "planned", RUS, ["طرطوس"], ["طبرق"]),
  _m("shipment", "reported", RUS, ["ميناء طرطوس"], ["ميناء طبرق"]),
 ],
 "po4": [
  _m("naval_landing", "reported", TUR, ["ميناء مرسين"], ["قاعدة مصراتة البحرية"], ["كريت"]),
  _m("deploy", "planned", TUR, [], ["قاعدة مصراتة البحرية"]),
  _m("redeploy", "denied", TUR, ["قاعدة مصراتة البحرية"], ["سرت", "ابوقرين"]),
  _m("mobilise", "conditional", MIS, [], ["الوشكة"]),
  _m("advance", "conditional", MIS, ["الوشكة"], ["بويرات الحسون"]),
 ],
 "po5": [
  _m("reinforce", "reported", RUS, ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"], ["سوكنه", "الشويرف"]),
  _m("redeploy", "planned", RUS, ["براك"], ["إدري"]),
  _m("withdraw", "denied", RUS, ["الجفرة"], ["السودان"]),
  _m("reinforce", "reported", EGY, ["قاعدة محمد نجيب العسكرية"], ["السلوم"]),
  _m("advance", "conditional", EGY, [], ["سرت", "الجفرة"]),
 ],
}

NOTES = {
 "po1": "Turk Press, Ankara: a Turkish A400M airlift Erkilet air base (Kayseri)→Al-Watiya air base and Mitiga airport "
        "(reported); a planned rotation at Mitiga (a special-forces company airlifted Ankara→Mitiga base, the outgoing "
        "unit back to Turkey); a frigate for Misrata port only «إذا طلبت السلطات» (conditional); a denied Al-Watiya→Zuwara "
        "move. Tests طرابلس الغرب, تونس country (border phrase) vs Tunis (ambassador), الأناضول region vs وكالة الأناضول, "
        "the ship name غازي عنتاب, presence at Al-Khums port that is not a move.",
 "po2": "Sputnik Arabic, Moscow: a Russian landing ship Tartus port→Tobruk port landing troops and vehicles (reported); "
        "the equipment to go overland Tobruk→Jufra air base and an Il-76 rotation Hmeimim→Jufra (planned); Peskov denies "
        "an Africa Corps move Jufra→Brak air base (headline and «براك الشاطئ» are the same move); experts would return "
        "Libya→Russia «إذا قررت القيادة العامة» (conditional). The closing list of Russian sites is presence only.",
 "po3": "Enab Baladi, Afrin: Syrian fighters flown home Mitiga airport→northern Aleppo countryside via Gaziantep airport "
        "and the Bab al-Salameh crossing (reported); the Syrian MoD denies massing fighters near Idlib and sending them "
        "to Libya (two denied moves); the rest would leave Al-Watiya and Misrata «إذا لم تُصرف رواتبهم» (conditional); "
        "Russian cargo Tartus→Tobruk (planned) and last month's Tartus port→Tobruk port shipment (reported). The Lebanese "
        "Tripoli port (a ship refused entry) is not a move.",
 "po4": "Euronews Arabic, Brussels: a Turkish landing ship Mersin port→Misrata naval base passing south of Crete "
        "(reported, vehicles landed); permanent patrol boats and marines at the base (planned); Misrata's military "
        "council denies Turkish moves base→Sirte/Abu Qurayn; Misrata brigades would mass at Al-Washka and advance to "
        "Buwairat al-Hassoun «إذا تعرضت مواقعها» (conditional). Athens and the drones at Misrata airport are not moves.",
 "po5": "Cairo 24, Benghazi: an Africa Corps column Jufra air base→Brak air base via Sokna and Ash Shwayrif (reported); "
        "a detachment Brak→Idri (planned); the LNA denies a Russian pull-out Jufra→Sudan; Egyptian reinforcements "
        "Mohamed Naguib base→Sallum (reported) and an Egyptian advance on Sirte and Jufra «إذا تجاوزت» (conditional). "
        "Tests the media name القاهرة 24 around the gold القاهرة, «ما ادري» next to إدري, الجزائر العاصمة, the Sallum land "
        "port (civil traffic) and the Oil Crescent inside the condition.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("po1", "po2", "po3", "po4", "po5")
