# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # cities in the north
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "benghazi_port": ("crossing", "LY", 32.105, 20.050, "Port of Benghazi"),                # K
 "tobruk_port": ("crossing", "LY", 32.072, 23.980, "Port of Tobruk"),                    # K
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # Sabha and its quarters
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "manshiya": ("town", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),                 # G
 "tayouri": ("town", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),                   # G
 "qurda": ("town", "LY", 27.03766, 14.42832, "Al Qurda (Sabha)"),                       # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 # Wadi al-Shati, Brak, the road north
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 # Wadi al-Hayat, Ubari, Sharara
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G* (row الجنوب الغربي)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G
 # Ghat and the Algerian border
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awinat"),                            # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "djanet_w": ("district", "DZ", 24.55528, 9.48500, "Djanet province"),                  # G* (town row)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "border_dz": ("region", "DZ", 24.90, 9.85, "Algeria-Libya border (Algerian side, facing Ghat)"),  # K
 # Murzuq basin and the far south
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_sha": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),               # G
 "traghan": ("town", "LY", 25.92333, 14.42056, "Traghan"),                              # G
 "zuwaylah": ("town", "LY", 26.16188, 15.12522, "Zawilah"),                             # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
}

LNA = "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "jh1": ["بوابة إفريقيا الإخبارية", "طارق بن زياد", "شارع جمال عبد الناصر", "شارع طرابلس", "الخطوط الجوية الليبية",
         "محمد الفزاني"],
 "jh2": ["سبوتنيك", "إبراهيم الأوباري", "المجلس الاجتماعي لقبائل التبو", "شارع طرابلس", "ما ادري"],
 "jh3": ["الخبر", "الليبية", "الجيش الوطني الشعبي", "خليفة حفتر", "اللغات", "الجوية الجزائرية"],
 "jh4": ["الجيش الوطني", "الشرق الأوسط", "علي المرزوقي", "تشادية"],
 "jh5": ["المشهد", "طارق بن زياد", "الفيلق الأفريقي", "مسعود البراكي", "ما ادري"],
}

PHEN = {
 "jh1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "jh2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "countries"],
 "jh3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "jh4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "jh5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "ambiguity_idri",
         "coverage_bases", "coverage_crossings"],
}

MOVES = {
 "jh1": [
  mv("deploy", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["سبها", "المنشية", "الطيوري"]),
  mv("naval_landing", "reported", LNA, [], ["ميناء بنغازي"]),
  mv("shipment", "reported", LNA, ["ميناء بنغازي"], ["تمنهنت"]),
  mv("deploy", "planned", LNA, [], ["تراغن", "مرزق"]),
  mv("withdraw", "denied", LNA, ["مطار سبها"], ["براك"]),
  mv("reinforce", "conditional", LNA, ["قاعدة براك الجوية"], ["سبها"]),
 ],
 "jh2": [
  mv("reinforce", "reported", LNA, ["سبها"], ["اوباري"], ["جرمة", "الغريفة"]),
  mv("reinforce", "reported", LNA, ["إدري"], ["اوباري"]),
  mv("withdraw", "reported", None, ["أوباري"], ["العوينات"]),
  mv("deploy", "planned", LNA, [], ["حقل الشرارة"]),
  mv("reinforce", "conditional", LNA, ["قاعدة تمنهنت"], ["أوباري"]),
  mv("mobilise", "denied", None, [], ["مرزق"]),
 ],
 "jh3": [
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["الحدود مع ليبيا"]),
  mv("airlift", "planned", "Algerian army", ["تمنراست"], ["مطار جانت"]),
  mv("advance", "denied", "Algerian army", [], ["غات"]),
  mv("redeploy", "reported", LNA, ["أوباري"], ["منفذ إيسين"], ["العوينات"]),
  mv("withdraw", "conditional", LNA, ["غات"], ["أوباري"]),
 ],
 "jh4": [
  mv("deploy", "reported", LNA, ["مرزق"], ["تمسة"], ["ترغن", "زويلة"]),
  mv("withdraw", "reported", LNA, ["تمسة"], ["أم الأرانب"]),
  mv("mobilise", "conditional", None, [], ["زويلة"]),
  mv("advance", "denied", "Chadian armed groups", ["الحدود مع النيجر"], ["القطرون"]),
  mv("redeploy", "planned", LNA, ["قطرون"], ["منفذ التوم"]),
  mv("shipment", "reported", None, ["النيجر"], ["مرزق"]),
 ],
 "jh5": [
  mv("withdraw", "reported", LNA, ["براك الشاطئ"], ["سبها"]),
  mv("deploy", "planned", LNA, ["سبها"], ["براك", "إدري"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("naval_landing", "denied", "Russian forces", [], ["ميناء طبرق"]),
  mv("deploy", "conditional", LNA, ["قاعدة براك الجوية"], ["الشويرف"]),
 ],
}

NOTES = {
 "jh1": "Sabha week (Afrigate News): Tariq bin Ziyad units Tamanhint air base→Sabha fuel stations (Al-Manshiya, "
        "Al-Tayouri); armour landed at Benghazi port and hauled overland to Tamanhint (naval_landing + shipment, "
        "flashback); a planned company for Traghan and Murzuq; a denied pull-out Sabha airport→Brak; a conditional "
        "reinforcement Brak air base→Sabha («إذا تكررت»). Civil flights Sabha–Tripoli/Benghazi/Tunis, fuel trucks "
        "from Misrata and the street «شارع طرابلس» are not movements.",
 "jh2": "Ubari (Sputnik): Brigade 128 reinforcement Sabha→Ubari via Germa and Al-Ghurayfa and a second company from "
        "Idri; armed youths' pull-back Ubari→Al-Awaynat (actor null); a planned company at the Sharara field; a "
        "conditional force Tamanhint→Ubari («إذا تجددت»); the Tebu council's denied massing in Murzuq (mobilise, "
        "actor null). Patients travelling Sabha→Tripoli, «شارع طرابلس» and «ما ادري» are not movements or places.",
 "jh3": "Djanet/Ghat from the Algerian side (El Khabar): Algerian border guards Illizi→the border with Libya; a "
        "planned airborne unit Tamanrasset→Djanet airport; a denied Algerian patrol near Ghat; an LNA company "
        "repositioned Ubari→the Isayen crossing via Al-Awaynat; a conditional pull-back Ghat→Ubari («بمجرد»). "
        "Vehicles of Ghat residents through Tin Alkoum and the Algiers–Djanet flight are not movements.",
 "jh4": "Murzuq basin (Asharq Al-Awsat): LNA border guards Murzuq→Tmassah via Traghan and Zuwaylah; the March "
        "pull-back Tmassah→Umm al-Aranib (flashback, reported); Zuwaylah elders' conditional «النفير»; a denied "
        "Chadian infiltration of Al Qatrun from the Niger border; a planned company Al Qatrun→the Toummo crossing; "
        "a seized arms shipment Niger→Murzuq (actor null). Fuel trucks from Sabha are not a movement.",
 "jh5": "Brak al-Shati (Al-Mashhad): an LNA battalion pulled out Brak→Sabha; planned military police Sabha→Brak and "
        "Idri for exams; a denied Russian cargo flight Jufra air base→Brak air base and a denied Russian landing "
        "at Tobruk port; a conditional move from the base to Ash Shwayrif («إذا تكرر»). Flour shipments from Sabha "
        "are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("jh1", "jh2", "jh3", "jh4", "jh5")
