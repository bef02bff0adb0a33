# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and cities used in several articles
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 # er1 Fezzan (Libya Al-Hadath TV, Benghazi)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G (row قاعدة بنينا الجوية)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # er2 Egypt's western border (Al Qahera News, Cairo)
 "border_eg": ("region", "EG", 29.40, 25.10, "Egypt-Libya border (Egyptian side, near Siwa)"),  # K
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G
 "cairo_west": ("base", "EG", 30.1164, 30.9153, "Cairo West Air Base"),                 # K
 "siwa_airport": ("airport", "EG", 29.345, 25.506, "Siwa Oasis North Airport"),          # K
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد)
 "western_desert": ("region", "EG", 27.0, 27.5, "Western Desert (Egypt)"),              # K
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "border_ly_eg": ("region", "LY", 29.75, 24.90, "Libya-Egypt border (Libyan side, near Jaghbub)"),  # K
 # er3 Sirte-Jufra and Misrata (Al Mayadeen, Beirut)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.12, 15.95, "Al Jufra"),                                 # K (point near Hun, README rule)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "misrata_port": ("crossing", "LY", 32.36, 15.21, "Misrata port (Qasr Ahmed)"),         # K
 # er4 Algeria's border with Libya (Ennahar TV, Algiers)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "hassi": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                          # G
 "illizi_airport": ("airport", "DZ", 26.7235, 8.6227, "Illizi Takhamalt Airport"),      # K
 "boufarik": ("base", "DZ", 36.5456, 2.8761, "Boufarik Air Base"),                      # K
 "illizi_wilaya": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),             # G
 "border_dz": ("region", "DZ", 28.6, 9.6, "Algeria-Libya border (Algerian side)"),      # K
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "bordj": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),                        # G
 # er5 Tunisia's border with Libya (Wataniya 1, Tunis)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
}

TRAPS = {
 "er1": ["ليبيا الحدث", "خالد الأوباري", "غرفة عمليات الجنوب الغربي", "الشرارة الأولى", "ما ادري", "فصائل تشادية"],
 "er2": ["القاهرة الإخبارية", "المنطقة الغربية العسكرية", "الوحدات المصرية", "الجيش الوطني الليبي"],
 "er3": ["الميادين", "سرتُ", "غرفة عمليات سرت الكبرى", "شارع دبي", "فرج المصراتي", "السفينة التركية",
         "الفيلق الأفريقي"],
 "er4": ["وكالة الأنباء الجزائرية", "السلطات الليبية", "الجانب الليبي"],
 "er5": ["الهادي الزواري", "سوق ليبيا", "نهج طرابلس", "مصادر ليبية", "وزارة الداخلية الليبية", "إذاعة تطاوين"],
}

PHEN = {
 "er1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "er2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "er3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "er4": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_country_capital", "ambiguity_idri",
         "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "er5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "coverage_crossings", "coverage_neighbours", "countries"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"
MOVES = {
 "er1": [
  _m("airlift", "reported", LNA, ["قاعدة بنينا"], ["قاعدة تمنهنت الجوية"]),
  _m("reinforce", "reported", LNA, ["قاعدة براك الجوية"], ["إدري"]),
  _m("deploy", "planned", LNA, [], ["حقل الشرارة"]),
  _m("redeploy", "conditional", LNA, ["سبها"], ["أوباري"]),
  _m("advance", "denied", "Chadian armed groups", [], ["مرزق"]),
 ],
 "er2": [
  _m("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["سيوة"]),
  _m("airlift", "planned", "Egyptian army", ["قاعدة غرب القاهرة الجوية"], ["مطار سيوة"]),
  _m("withdraw", "denied", "Egyptian army", ["منفذ السلوم البري"], []),
  _m("deploy", "reported", LNA, ["طبرق"], ["الجغبوب"]),
  _m("mobilise", "conditional", LNA, [], ["الجغبوب"]),
 ],
 "er3": [
  _m("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["قاعدة الجفرة الجوية"]),
  _m("withdraw", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], []),
  _m("advance", "conditional", LNA, [], ["الوشكة"]),
  _m("naval_landing", "reported", "Turkish armed forces", ["تركيا"], ["ميناء مصراتة"]),
  _m("mobilise", "planned", "Misrata forces", ["مصراتة"], ["ابوقرين"]),
 ],
 "er4": [
  _m("reinforce", "reported", "Algerian army", ["حاسي مسعود"], ["عين أميناس"]),
  _m("airlift", "planned", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار إيليزي"]),
  _m("deploy", "conditional", "Algerian army", [], ["الحدود مع ليبيا"]),
  _m("shipment", "reported", GNA, ["طرابلس"], ["غدامس"]),
  _m("shipment", "denied", None, ["ليبيا"], ["برج عمر إدريس"]),
 ],
 "er5": [
  _m("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان"]),
  _m("deploy", "reported", GNA, ["زوارة"], ["معبر رأس اجدير"]),
  _m("withdraw", "conditional", GNA, ["معبر رأس اجدير"], []),
  _m("redeploy", "planned", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  _m("naval_landing", "denied", "Misrata forces", ["مصراتة"], ["أبو كماش"]),
 ],
}

NOTES = {
 "er1": "TV transcript (Libya Al-Hadath, Benghazi studio; correspondent in Sabha, mayor of Ubari by phone): reported "
        "airlift Benina base→Tamanhint air base and reinforcement Brak air base→Idri; planned company for the Sharara "
        "field («داخل الحقل»); conditional redeploy of the Sabha battalion to Ubari («إذا تجددت»); denied advance of "
        "Chadian factions on Murzuq. Traps: the channel name, reporter «خالد الأوباري», «الشرارة الأولى», «ما ادري».",
 "er2": "TV transcript (Al Qahera News; correspondents in Siwa and Tobruk): reported Egyptian reinforcement Marsa "
        "Matruh→Siwa; planned airlift Cairo West air base→Siwa airport; denied pull-out from the Sallum land port; "
        "reported LNA deployment Tobruk→Jaghbub; conditional LNA mobilisation «في الواحة» (= Jaghbub). Checkpoints "
        "«على الطريق … المؤدي إلى الحدود مع مصر» are a locator, not a destination.",
 "er3": "TV transcript (Al Mayadeen; after a Lebanese-Tripoli item; correspondents in Sirte and Misrata): reported "
        "Russian airlift Al Khadim→Jufra air base; denied Russian pull-out «من القاعدة» (= Jufra air base); conditional "
        "LNA advance on Al-Washka (Abu Qurayn only a condition's locator); reported Turkish landing at Misrata port from "
        "Turkey; planned Misrata mobilisation in Abu Qurayn. Traps: «سرتُ» (I walked), «شارع دبي», the channel name.",
 "er4": "TV transcript (Ennahar TV, Algiers studio; correspondents in In Amenas and Debdeb): reported Algerian "
        "reinforcement Hassi Messaoud→In Amenas; planned airlift Boufarik air base→Illizi airport; conditional "
        "deployment on the border with Libya (Algerian side); reported GNA supply trucks Tripoli→Ghadames («وصلت "
        "إليها»); denied arms shipment Libya→Bordj Omar Driss. Algiers (city) vs Algeria (country).",
 "er5": "TV transcript (Wataniya 1, Tunis studio; correspondents in Ben Gardane and Tataouine): reported Tunisian "
        "reinforcement Medenine→Ben Gardane; reported GNA deployment Zuwara→Ras Ajdir crossing; conditional GNA "
        "withdrawal «من المعبر» («لن تنسحب … إلا إذا»); planned Tunisian redeploy Tataouine→Dehiba; denied Misrata "
        "landing at Abu Kammash. Traps: «سوق ليبيا», «نهج طرابلس», «إذاعة تطاوين»; Tunis (city) vs Tunisia (country).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("er1", "er2", "er3", "er4", "er5")
