# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # Algerian towns and cities
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                  # G (district row)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "djanet_w": ("district", "DZ", 24.55528, 9.48500, "Djanet Province"),                  # G* (town row)
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),             # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "hassi": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                          # G
 "inguezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                          # G
 "oran": ("city", "DZ", 35.69906, -0.63588, "Oran"),                                    # G
 "mostaganem": ("city", "DZ", 35.93115, 0.08918, "Mostaganem"),                         # G
 # Algerian facilities
 "illizi_airport": ("airport", "DZ", 26.7235, 8.6227, "Illizi Takhamalt Airport"),      # K
 "tam_airport": ("airport", "DZ", 22.8115, 5.4511, "Tamanrasset Aguenar Airport"),      # K
 "inamenas_airport": ("airport", "DZ", 28.05150, 9.64291, "In Amenas Airport"),         # G* (row مطار عين أميناس)
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 "debdeb_crossing": ("crossing", "DZ", 30.05, 9.46, "Debdeb-Ghadames border crossing"), # K
 "merselkebir": ("base", "DZ", 35.72330, -0.70250, "Mers El Kebir naval base"),         # G
 # Algerian regions and border phrases
 "south_east_dz": ("region", "DZ", 26.5, 8.5, "South-eastern Algeria"),                 # K
 "tassili": ("region", "DZ", 25.50000, 9.00000, "Tassili n'Ajjer"),                     # G* (row تاسيلي ناجر)
 "border_dz_ly": ("region", "DZ", 27.0, 9.75, "Algeria-Libya border (Algerian side)"),  # K
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border"),           # G* (row الحدود الجزائرية النيجرية)
 "se_borders": ("region", "DZ", 25.0, 9.9, "Algeria's south-eastern borders (Libya sector)"),  # K
 "border_dz_tn": ("region", "DZ", 30.4, 9.2, "Algeria-Tunisia border near Debdeb (Algerian side)"),  # K
 "triangle": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G
 # Libya
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "zuwara_port": ("crossing", "LY", 32.94, 12.09, "Port of Zuwara"),                     # K
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "awainat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),        # G* (town row)
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "daraj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                  # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
}

TRAPS = {
 "wg1": ["الشعب", "الجيش الوطني الشعبي", "الناحية العسكرية الرابعة", "عين المكان", "الليبية", "ليبية", "جزائرية"],
 "wg2": ["النصر", "الجيش الوطني الشعبي", "إدريس بوزيد", "الجيش الوطني الليبي", "أخبار الجنوب الليبي",
         "منطقة سبها العسكرية", "الجيش الجزائري", "لغات", "الليبية", "جزائرية"],
 "wg3": ["الجمهورية", "الناحية العسكرية السادسة", "الجيش الوطني الليبي", "التشادية", "سيف الساحل",
         "قلعة بني عباس", "الواجهة البحرية الغربية", "الوهراني"],
 "wg4": ["الحوار", "الجيش الوطني الشعبي", "اللواء 444 قتال", "الجيش الوطني الليبي", "محمد الطرابلسي", "الليبية",
         "الإيطالية"],
 "wg5": ["الإذاعة الجزائرية", "إذاعة إليزي", "الجيش الوطني الشعبي", "القاعدة الغازية", "ليبية", "جزائرية"],
}

PHEN = {
 "wg1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "wg2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "town_vs_district", "coverage_bases", "coverage_crossings"],
 "wg3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours",
         "countries"],
 "wg4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "wg5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_oil",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "wg1": [
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["عين أمناس"]),
  mv("airlift", "reported", "Algerian army", ["مطار تمنراست"], ["مطار إليزي"]),
  mv("withdraw", "conditional", "Algerian army", ["تيقنتورين"], ["إليزي"]),
  mv("deploy", "planned", "Algerian army", ["حاسي مسعود"], ["الدبداب"]),
  mv("naval_landing", "denied", "Algerian army", [], ["ميناء زوارة"]),
 ],
 "wg2": [
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["غات"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["العوينات"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["منفذ إيسين"]),
  mv("advance", "denied", "Algerian army", [], ["العوينات"]),
 ],
 "wg3": [
  mv("airlift", "reported", "Algerian army", ["مطار تمنراست"], ["مطار عين أمناس"]),
  mv("withdraw", "planned", "Algerian army", ["إن قزام"], ["تمنراست"]),
  mv("reinforce", "conditional", "Algerian army", [], ["المثلث الحدودي"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["العوينات"]),
  mv("naval_landing", "reported", "Algerian army", ["قاعدة المرسى الكبير البحرية"], ["مستغانم"]),
 ],
 "wg4": [
  mv("shipment", "reported", "Algerian army", ["عين أميناس"], ["الدبداب"]),
  mv("mobilise", "conditional", "Algerian army", [], ["الدبداب"]),
  mv("reinforce", "reported", "GNA forces", ["غدامس"], ["حقل الوفاء"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["غدامس"], ["نالوت"]),
  mv("advance", "denied", "Libyan National Army", [], ["درج"]),
 ],
 "wg5": [
  mv("redeploy", "reported", "Algerian army", ["برج عمر إدريس"], ["عين أمناس"]),
  mv("withdraw", "planned", "Algerian army", ["عين أمناس"], ["برج عمر إدريس"]),
  mv("shipment", "planned", "Algerian army", ["ورقلة"], ["إليزي"], ["حاسي مسعود"]),
  mv("airlift", "conditional", "Algerian army", ["مطار عين أمناس"], ["جانت"]),
  mv("deploy", "denied", "Algerian army", [], ["حقل الوفاء"]),
 ],
}

NOTES = {
 "wg1": "Ech-Chaab on an MoD weekly balance: a 26-vehicle column Illizi→In Amenas (Ouargla only locates the 4th Military "
        "Region), special forces flown Tamanrasset airport→Illizi airport, units around the Tiguentourine gas plant that "
        "will not return to Illizi until the pipelines are secured (conditional), a planned battalion Hassi Messaoud→Debdeb "
        "(Ghadames only the sector it faces), and a denied Algerian landing at Zuwara port (Tripoli only a locator). "
        "Smugglers arrested in Illizi Province are not a movement.",
 "wg2": "An-Nasr from Djanet: an Algerian column Illizi→Djanet (Tassili only an epithet of the town), Tin Alkoum only "
        "mentioned as closed, the LNA's massing in Ghat (reported by Libyan sources; Ghat '20 km from the crossing'), a "
        "planned LNA battalion Tamanhint air base→Al-Awainat (Ubari and Ghat only locate the road), a conditional LNA "
        "deployment at the Isayen crossing if it reopens, and a denied Algerian incursion to Al-Awainat.",
 "wg3": "El Djoumhouria from Tamanrasset: C-295 airlift Tamanrasset airport→In Amenas airport, a planned return In "
        "Guezzam→Tamanrasset barracks (the Niger border only where the mission was), a conditional reinforcement of the "
        "Algeria-Libya-Niger triangle (southern Libya only in the condition), the LNA's denial of Chadian rebels massing in "
        "Al-Awainat (the border a locator), and a naval-infantry landing at Mostaganem from Mers El Kebir (Oran locates the "
        "commander; the army chief's visit from Algiers is not a movement).",
 "wg4": "El Hiwar from Debdeb: an 18-truck army supply convoy In Amenas→Debdeb, a conditional Algerian massing in Debdeb, "
        "a GNA brigade's reinforcement Ghadames→Al Wafa field (Ghadames also the distance reference '150 km south of'), a "
        "planned company Tripoli→Ghadames via Nalut (Tripoli also the seat of the staff), and the LNA's denied advance "
        "towards Daraj ('95 km east of Ghadames' is a distance reference). Travellers at the Debdeb crossing and the "
        "Tunisian border are not movements.",
 "wg5": "Algerian Radio from In Amenas on the Tiguentourine anniversary: a battalion Bordj Omar Driss→In Amenas (rotation), "
        "the relieved units' planned return In Amenas→Bordj Omar Driss, a planned materiel convoy Ouargla→Illizi via Hassi "
        "Messaoud, a conditional airlift In Amenas airport→Djanet, and a denied Algerian deployment inside the Al Wafa "
        "field (the border a distance reference); the minister's trip from Algiers and the 2013 attack are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("wg1", "wg2", "wg3", "wg4", "wg5")
