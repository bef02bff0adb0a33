# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                   # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                  # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                               # G
 # capitals and other cities
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                 # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                   # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                  # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                  # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                  # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),                    # G* (Tobruk city / naval base row)
 # Algeria's southern border (6th military region)
 "tinz_dz": ("town", "DZ", 19.95333, 2.96667, "Tin Zaouatine"),                           # G
 "guezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                              # G
 "guezzam_w": ("district", "DZ", 19.57361, 5.76806, "In Guezzam province"),               # G* (town row)
 "guezzam_crossing": ("crossing", "DZ", 19.57361, 5.76806, "In Guezzam border crossing"), # G* (town row)
 "tam": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                                 # G
 "tam_airport": ("airport", "DZ", 22.8115, 5.4511, "Tamanrasset Aguenar airport"),        # K
 "boufarik": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),                      # G (row kind airport)
 "bbm": ("town", "DZ", 21.32500, 0.94611, "Bordj Badji Mokhtar"),                         # G
 "timiaouine": ("town", "DZ", 20.44080, 1.80551, "Timiaouine"),                           # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                   # G (row kind village)
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),       # G* (row منفذ إيسين, lists تين الكوم)
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border"),             # G* (row الحدود الجزائرية النيجرية)
 "border_dz_ml": ("region", "DZ", 22.09206, -0.15677, "Algeria-Mali border"),             # G* (row الحدود الجزائرية المالية)
 # Mali, Niger, the Sahel
 "tinz_ml": ("town", "ML", 19.96278, 2.88278, "Tinzaouaten (Mali)"),                      # G
 "kidal": ("town", "ML", 18.44345, 1.40921, "Kidal"),                                     # G
 "tessalit": ("town", "ML", 20.20126, 1.01186, "Tessalit"),                               # G (row kind village)
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                            # G
 "sahel": ("region", "ML", 16.0, 0.0, "Sahel"),                                           # K
 # Libya: Ghat and the south-west
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                      # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),                 # G* (town row)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                   # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),              # G
 "barakat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                             # G (row spelled البركات)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                             # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                    # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                      # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                   # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                        # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),               # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                     # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),             # G* (row الحدود الليبية الجزائرية)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                      # G (row جنوب ليبيا, lists الجنوب الليبي)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                # G
}

TRAPS = {
 "qt1": ["وكالة الأنباء الجزائرية", "الناحية العسكرية السادسة", "النيجرية"],
 "qt2": ["النهار", "عين المكان", "النيجرية", "الفيلق الأفريقي", "الروسي", "الجيش المالي", "المالية",
         "جبهة تحرير أزواد", "الماليين", "الجزائرية", "الناحية العسكرية السادسة", "الجيش النيجري"],
 "qt3": ["بوابة أفريقيا الإخبارية", "بوابة أفريقيا", "الجزائري", "دعم مالي", "شارع طرابلس",
         "غرفة عمليات الجنوب الغربي", "طارق بن زياد", "الإدريسي", "محمد الغاتي", "مبالغات"],
 "qt4": ["سبوتنيك", "روسية", "الروسية", "الروسي", "إيفان غرين", "السورية", "الفيلق الأفريقي", "الجيش المالي",
         "جبهة تحرير أزواد", "الجزائرية", "الليبية"],
 "qt5": ["فرانس 24", "أ ف ب", "الجزائرية", "الجزائري", "خليفة حفتر", "لا أدري", "الطرابلسي", "الليبية", "النفطية"],
}

PHEN = {
 "qt1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qt2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qt3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "qt4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qt5": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


DZ, LNA, RU, GNA = "Algerian army", "Libyan National Army", "Russian forces", "GNA forces"

MOVES = {
 "qt1": [
  mv("reinforce", "reported", DZ, ["تمنراست"], ["تين زاواتين"]),
  mv("airlift", "reported", DZ, ["قاعدة بوفاريك الجوية"], ["مطار تمنراست"]),
  mv("redeploy", "planned", DZ, ["برج باجي مختار"], ["تيمياوين"]),
  mv("deploy", "conditional", DZ, [], ["الحدود مع النيجر"]),
  mv("withdraw", "denied", DZ, ["عين قزام"], ["تمنراست"]),
 ],
 "qt2": [
  mv("deploy", "reported", DZ, [], ["معبر عين ڨزام"]),
  mv("advance", "reported", RU, ["كيدال"], ["تينزاواتين"]),
  mv("reinforce", "conditional", DZ, ["تامنغست"], ["تين زواتين"]),
  mv("shipment", "planned", DZ, ["تامنغست"], ["تيمياوين"]),
  mv("mobilise", "denied", None, [], ["أساماكا"]),
 ],
 "qt3": [
  mv("reinforce", "reported", LNA, ["سبها"], ["غات"], ["أوباري", "العوينات"]),
  mv("deploy", "planned", LNA, [], ["منفذ إيسين", "البركت"]),
  mv("airlift", "conditional", LNA, ["قاعدة تمنهنت"], ["مطار غات"]),
  mv("withdraw", "denied", LNA, ["العوينات"], ["أوباري"]),
 ],
 "qt4": [
  mv("naval_landing", "reported", RU, ["طرطوس"], ["ميناء طبرق"]),
  mv("airlift", "reported", RU, ["قاعدة الجفرة الجوية"], ["باماكو"]),
  mv("naval_landing", "planned", RU, [], ["ميناء طبرق"]),
  mv("withdraw", "denied", RU, ["كيدال", "تساليت"], []),
  mv("advance", "conditional", RU, [], ["تينزاواتين"]),
 ],
 "qt5": [
  mv("redeploy", "reported", LNA, ["قاعدة براك الجوية"], ["أوباري"]),
  mv("mobilise", "planned", LNA, [], ["قاعدة تمنهنت"]),
  mv("reinforce", "conditional", LNA, ["أوباري"], ["حقل الشرارة", "حقل الفيل"]),
  mv("shipment", "denied", GNA, ["طرابلس"], ["مطار غات"]),
 ],
}

NOTES = {
 "qt1": "APS-style Algerian MoD communiqué (Algiers dateline = city, «حدود الجزائر» = country): reported reinforcement "
        "Tamanrasset→Tin Zaouatine and Boufarik air base→Tamanrasset airport airlift, planned redeploy Bordj Badji "
        "Mokhtar→Timiaouine, conditional deploy on the border with Niger («في حال»), denied pull-out In Guezzam→"
        "Tamanrasset; the arrest tally and the wali's inspection are not movements.",
 "qt2": "Ennahar-style field report from In Guezzam (spelled عين ڨزام, Tamanrasset as تامنغست): border guards deployed "
        "at the In Guezzam crossing, an Africa Corps advance Kidal→Tinzaouaten (Mali) next to Tin Zaouatine (Algeria), "
        "conditional reinforcement and planned fuel/water convoy from Tamanrasset, Niger's denied build-up at Assamaka; "
        "refugee families and the interior minister's visit from Algiers are not movements.",
 "qt3": "Afrigate-style Ghat report: an LNA column Sabha→Ghat via Ubari and Al-Awaynat, a planned company at the Isayen "
        "crossing and Al-Barakat, a conditional Tamanhint air base→Ghat airport airlift and a denied pull-out Al-Awaynat→"
        "Ubari; the municipality's demands (closing Isayen, more troops on the Algerian border), displaced families and "
        "goods from Djanet are not movements.",
 "qt4": "Sputnik-style Moscow report: a Russian landing ship Tartus→Tobruk port and a second one planned, an Il-76 "
        "airlift Jufra air base→Bamako, a denied pull-out from Kidal and Tessalit, a conditional advance on Tinzaouaten "
        "(Mali); Algeria's operation, the closure of Isayen and Russian stationing at Jufra/Brak/Sharara are not "
        "movements.",
 "qt5": "France 24-style overview from Libya: an LNA battalion Brak air base→Ubari, a planned build-up at Tamanhint air "
        "base, a conditional move Ubari→the Sharara and El Feel fields, the GNU's denied arms shipment Tripoli→Ghat "
        "airport; a resident's hypothetical about gunmen, the Idri distance reference and displacement are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qt1", "qt2", "qt3", "qt4", "qt5")
