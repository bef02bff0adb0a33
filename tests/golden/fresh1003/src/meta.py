# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # Algeria: capital, Illizi/Djanet (4th military region), Ouargla
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "boufarik_base": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),               # G* (row قاعدة بوفاريك الجوية, kind airport)
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                  # G (row district:DZ-33, written ولاية إليزي)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                           # G (row عين أميناس, written إن أمناس)
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 "bod": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),                          # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G (also written دبداب after لل)
 "debdeb_crossing": ("crossing", "DZ", 29.99, 9.46, "Debdeb border crossing"),          # K
 "tin_alkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),    # G* (row منفذ إيسين lists تين الكوم; country DZ)
 "tassili": ("region", "DZ", 25.50000, 9.00000, "Tassili n'Ajjer"),                     # G (row تاسيلي ناجر, written الطاسيلي)
 "border_dz_ly_djanet": ("region", "DZ", 24.80, 9.90, "Algeria-Libya border (Algerian side, Djanet sector)"),  # K
 "border_dz_ly_amenas": ("region", "DZ", 28.05, 9.80, "Algeria-Libya border (Algerian side, In Amenas sector)"),  # K
 # Algeria: Tamanrasset (6th military region), Niger and Mali borders
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "in_guezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                         # G
 "tin_zaouatine": ("town", "DZ", 19.95333, 2.96667, "Tin Zaouatine"),                   # G
 "bbm": ("town", "DZ", 21.32500, 0.94611, "Bordj Badji Mokhtar"),                       # G
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border (Algerian side)"),  # G* (row الحدود الجزائرية النيجرية)
 "tripoint": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G
 # Mali and Niger
 "north_mali": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                   # G
 "tinzaouaten": ("town", "ML", 19.96278, 2.88278, "Tinzaouaten"),                       # G
 "kidal": ("town", "ML", 18.44345, 1.40921, "Kidal"),                                   # G
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                   # G
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                          # G (row أسامكا)
 # Libya
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row, kind district)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "akakus": ("region", "LY", 24.83333, 10.33333, "Akakus Mountains"),                    # G* (row جبل أكاكوس, written أكاكوس)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                              # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G
}

TRAPS = {
 "qlq1": ["المجاهد", "الناحية العسكرية الرابعة", "الجيش الوطني الشعبي", "الليبية", "الجزائرية", "السعيد شنقريحة",
          "درع الطاسيلي 2026"],
 "qlq2": ["لوسوار دالجيري", "حفتر", "بلاغات", "الجيش الوطني الشعبي", "الجزائري", "الروسية", "الليبي"],
 "qlq3": ["لوكوتيديان دوران", "الناحية العسكرية الرابعة", "ليبية", "الليبي", "الجزائري", "غدامسية",
          "الموقعون بالدماء", "مختار بلمختار"],
 "qlq4": ["لكسبريسيون", "الناحية العسكرية السادسة", "المالية", "المالي", "الأزوادية", "الفيلق الإفريقي", "الروسي",
          "الجزائرية", "الجيش الوطني الشعبي", "النيجرية"],
 "qlq5": ["الجلفة إنفو", "حفتر", "اللواء طارق بن زياد", "ليبية", "الجيش الوطني الشعبي", "الجزائري", "تشاديين", "لغات"],
}

PHEN = {
 "qlq1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "qlq2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba", "border_phrase",
          "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qlq3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "town_vs_district", "coverage_oil", "coverage_crossings",
          "coverage_neighbours"],
 "qlq4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "coverage_neighbours", "countries"],
 "qlq5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qlq1": [
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت", "إن أمناس"]),
  mv("shipment", "reported", None, ["غدامس"], ["الدبداب"]),
  mv("airlift", "planned", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار جانت"]),
  mv("withdraw", "denied", "Algerian army", ["جانت"], ["تمنراست"]),
  mv("advance", "conditional", "Algerian army", ["إن أمناس"], ["الحدود مع ليبيا"]),
 ],
 "qlq2": [
  mv("reinforce", "reported", "Libyan National Army", ["أوباري"], ["غات"], ["العوينات"]),
  mv("deploy", "planned", "Libyan National Army", ["غات"], ["منفذ إيسين"]),
  mv("deploy", "reported", "Algerian army", ["جانت"], ["الحدود مع ليبيا"]),
  mv("advance", "conditional", "Libyan National Army", [], ["الحدود مع الجزائر"]),
  mv("airlift", "denied", "Wagner Group", ["سبها"], ["مطار غات"]),
 ],
 "qlq3": [
  mv("redeploy", "reported", "Algerian army", ["برج عمر إدريس"], ["تيقنتورين"]),
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["غدامس"], ["سيناون"]),
  mv("advance", "conditional", "GNA forces", ["غدامس"], ["حقل الوفاء"]),
  mv("reinforce", "planned", "Algerian army", ["ورقلة"], ["تيقنتورين"]),
  mv("mobilise", "denied", "Algerian army", [], ["معبر الدبداب"]),
 ],
 "qlq4": [
  mv("reinforce", "reported", "Algerian army", ["تمنراست"], ["إن قزام"]),
  mv("airlift", "planned", "Algerian army", ["تمنراست"], ["تين زواتين"]),
  mv("advance", "reported", "Russian forces", ["كيدال"], ["تينزاواتين"]),
  mv("reinforce", "conditional", "Algerian army", ["برج باجي مختار"], ["تين زواتين"]),
  mv("advance", "denied", "Algerian army", [], ["تينزاواتين"]),
  mv("deploy", "reported", "Nigerien army", ["أرليت"], ["أسامكا"]),
 ],
 "qlq5": [
  mv("airlift", "reported", "Algerian army", ["ورقلة"], ["مطار جانت"]),
  mv("withdraw", "reported", "Libyan National Army", ["منفذ إيسين"], ["غات"]),
  mv("deploy", "planned", "Algerian army", ["جانت"], ["معبر تين الكوم"]),
  mv("redeploy", "conditional", "Libyan National Army", ["غات"], ["منفذ إيسين"]),
  mv("advance", "denied", "Chadian armed groups", ["العوينات"], ["الحدود مع الجزائر"]),
 ],
}

NOTES = {
 "qlq1": "Algerian state daily (El Moudjahid) carries the MoD's weekly operational balance from Algiers (dateline = "
         "the capital, later «الجزائر» = the country): 4th-military-region reinforcements Illizi→Djanet and In Amenas, an "
         "arms shipment Ghadames→Debdeb intercepted (actor null), a planned Il-76 airlift Boufarik air base→Djanet "
         "airport, a denied pull-out Djanet→Tamanrasset and a conditional advance In Amenas→the border with Libya "
         "(Algerian side; Ghadames only the condition). Ouargla (HQ), the gold-miner arrests in Tamanrasset, In "
         "Guezzam and Bordj Badji Mokhtar, the exercise «درع الطاسيلي 2026» and Chengriha's visit to Djanet are no moves.",
 "qlq2": "Algerian private daily (Le Soir d'Algérie) from Illizi (dateline) on the Libyan side: an LNA reinforcement "
         "column Ubari→Ghat via Al-Awaynat, a planned company of that column (anaphora → Ghat) to the Isayen "
         "crossing, Algerian units Djanet→the border with Libya (Algerian side), a conditional LNA approach to the "
         "border with Algeria (Libyan side) and a denied Wagner cargo flight Sabha→Ghat airport. Tin Alkoum only "
         "locates Isayen; Ghat municipality's mayor, «بلاغات» (contains غات), Tassili and Akakus are background.",
 "qlq3": "Oran daily (Le Quotidien d'Oran) from In Amenas: a mechanised battalion Bordj Omar Driss→Tiguentourine gas "
         "plant, a Tripoli General Staff force Nalut→Ghadames via Sinawen, its conditional advance Ghadames→Wafa "
         "field, a planned air-defence battery Ouargla→Tiguentourine and a denied Algerian massing at the Debdeb "
         "crossing («للدبداب» → دبداب is only the speaker's town). In Amenas as distance reference, Tripoli (the "
         "General Staff), the 2013 attack, Illizi (province seat) and «غدامسية» are not movement places.",
 "qlq4": "Algerian French-language daily (L'Expression) from Tamanrasset on the Mali and Niger borders: 6th-military-"
         "region reinforcements Tamanrasset→In Guezzam, a planned helicopter lift Tamanrasset→Tin Zaouatine, Africa "
         "Corps (Russian forces) advancing Kidal→Tinzaouaten (Mali; a different spelling and point from Algerian Tin "
         "Zaouatine), a conditional reinforcement Bordj Badji Mokhtar→Tin Zaouatine, a denied Algerian crossing "
         "towards Tinzaouaten and a Nigerien battalion Arlit→Assamaka; northern Mali, the border with Niger (framing "
         "phrase), «المقابلة لإن قزام», the tri-border triangle and southern Libya are not movement places.",
 "qlq5": "Algerian regional news site (Djelfa Info, whose name holds Djelfa) from Djanet: an airlift Ouargla→Djanet "
         "airport, the LNA's Tariq ibn Ziyad brigade leaving the Isayen crossing for Ghat, a planned Algerian move "
         "Djanet→Tin Alkoum crossing, a conditional LNA return Ghat→Isayen («فور التوصل إلى اتفاق») and a denied "
         "infiltration of Chadian gunmen Al-Awaynat→the border with Algeria (Libyan side); Tassili, the distance to "
         "Ghat, «لغات» (contains غات) and the kinship ties with Ghat and Al-Awaynat are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qlq1", "qlq2", "qlq3", "qlq4", "qlq5")
