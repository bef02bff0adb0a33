# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                    # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                     # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                     # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                           # G
 "tam_airport": ("airport", "DZ", 22.8115, 5.4508, "Tamanrasset Aguenar airport"),          # K
 "inguezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                              # G
 "inguezzam_wil": ("district", "DZ", 19.57361, 5.76806, "In Guezzam province"),             # G* (town row)
 "bbm": ("town", "DZ", 21.32500, 0.94611, "Bordj Badji Mokhtar"),                           # G
 "tinzaouatine": ("town", "DZ", 19.95333, 2.96667, "Tin Zaouatine"),                        # G
 "border_dz_ml": ("region", "DZ", 22.09206, -0.15677, "Algeria-Mali border (Algerian side)"),  # G* (row الحدود الجزائرية المالية)
 "kidal": ("town", "ML", 18.44345, 1.40921, "Kidal"),                                       # G
 # xq1 In Amenas and the Libyan border (Ech-Chaab)
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                                # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                   # G
 "hassimessaoud": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                      # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),         # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                     # G
 "debdeb_crossing": ("crossing", "DZ", 29.96750, 9.42389, "Debdeb border crossing"),        # G* (town row)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                                 # G
 "inamenas_airport": ("airport", "DZ", 28.05150, 9.64291, "In Amenas Airport"),             # G (row مطار عين أميناس)
 "border_dz_ly": ("region", "DZ", 28.1, 9.8, "Algeria-Libya border (Algerian side, In Amenas)"),  # K
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                       # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya"),                          # G* (row إقليم طرابلس)
 "illizi_wil": ("district", "DZ", 26.97285, 7.86520, "Illizi province"),                    # G
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),                 # G
 # xq2 In Guezzam and the Niger border (Algerian Radio)
 "north_ne": ("region", "NE", 20.11996, 11.22198, "Northern Niger"),                        # G
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border (Algerian side)"),  # G* (row الحدود الجزائرية النيجرية)
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                              # G
 "insalah": ("town", "DZ", 27.19678, 2.47913, "In Salah"),                                  # G
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                       # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                     # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                     # G
 "hoggar": ("region", "DZ", 23.3, 5.6, "Hoggar (Ahaggar)"),                                 # K
 # xq3 Bordj Badji Mokhtar and the Mali border (El Djoumhouria)
 "adrar": ("town", "DZ", 27.8743, -0.2939, "Adrar"),                                        # K
 "reggane": ("town", "DZ", 26.7167, 0.1667, "Reggane"),                                     # K
 "reggane_base": ("base", "DZ", 26.7101, 0.2856, "Reggane air base"),                       # K
 "north_ml": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                         # G
 "tinzaouaten": ("town", "ML", 19.96278, 2.88278, "Tinzaouaten"),                           # G
 "timiaouine": ("town", "DZ", 20.44080, 1.80551, "Timiaouine"),                             # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                    # G
 "tessalit": ("village", "ML", 20.20126, 1.01186, "Tessalit"),                              # G
 "bbm_wil": ("district", "DZ", 21.32500, 0.94611, "Bordj Badji Mokhtar province"),          # G* (town row)
 # xq4 Djanet, Ghat and the Sebiba (El Hiwar)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                     # G (gazetteer kind village)
 "djanet_wil": ("district", "DZ", 24.55528, 9.48500, "Djanet province"),                    # G* (town row)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                        # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                      # G
 "awinat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                                # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                 # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                     # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                      # G
 "tassili": ("region", "DZ", 25.50000, 9.00000, "Tassili n'Ajjer"),                         # G
 "mihan": ("district", "DZ", 24.555, 9.485, "El Mihan (Djanet)"),                           # K
 "azelouaz": ("district", "DZ", 24.565, 9.485, "Azelouaz (Djanet)"),                        # K
 # xq5 the Hoggar exercise (El Djeich)
 "boufarik": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),                        # G* (row قاعدة بوفاريك الجوية, kind airport)
 "merselkebir": ("base", "DZ", 35.72330, -0.70250, "Mers El Kebir naval base"),             # G
 "ghazaouet": ("town", "DZ", 35.0939, -1.8603, "Ghazaouet"),                                # K
 "jijel": ("city", "DZ", 36.82100, 5.76352, "Jijel"),                                       # G
}

TRAPS = {
 "xq1": ["الشعب", "الجيش الوطني الشعبي", "التراب الليبي", "الليبية", "جزائرية"],
 "xq2": ["الإذاعة الجزائرية", "إذاعة تمنراست الجهوية", "غلاف مالي", "النيجرية", "الجيش النيجري", "دورية جزائرية"],
 "xq3": ["الجمهورية", "الفيلق الإفريقي", "جبهة تحرير أزواد", "الشهيد باجي مختار", "الشمالي", "المالية", "ماليين",
         "الجزائرية", "الجيش الوطني الشعبي"],
 "xq4": ["الحوار", "الجيش الوطني الليبي", "إدريس الغاتي", "الغاتي", "الليبية", "الجزائري", "توارق الأزجر"],
 "xq5": ["مجلة «الجيش»", "درع الهقار", "الجيش الوطني الشعبي", "الناحية العسكرية السادسة", "طوفان 2026",
         "قلعة بني عباس"],
}

PHEN = {
 "xq1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "xq2": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "xq3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_neighbours", "countries"],
 "xq4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_oil",
         "coverage_crossings", "coverage_neighbours"],
 "xq5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


A = "Algerian army"
MOVES = {
 "xq1": [
  mv("reinforce", "reported", A, ["ورقلة"], ["عين أمناس"], ["حاسي مسعود"]),
  mv("deploy", "reported", A, ["عين أمناس"], ["حقل تيقنتورين"]),
  mv("redeploy", "planned", A, ["إليزي"], ["دبداب"]),
  mv("airlift", "conditional", A, ["مطار عين أمناس"], ["الحدود مع ليبيا"]),
  mv("advance", "denied", A, [], ["حقل الوفاء"]),
 ],
 "xq2": [
  mv("airlift", "reported", A, ["مطار تمنراست"], ["عين قزام"]),
  mv("deploy", "reported", A, ["عين قزام"], ["الحدود مع النيجر"]),
  mv("redeploy", "planned", A, ["عين صالح"], ["عين قزام"], ["تمنراست"]),
  mv("shipment", "reported", A, ["تمنراست"], ["عين قزام"]),
  mv("mobilise", "conditional", A, [], ["عين قزام"]),
  mv("advance", "denied", A, [], ["أساماكا"]),
 ],
 "xq3": [
  mv("reinforce", "reported", A, ["أدرار"], ["برج باجي مختار"], ["رقان"]),
  mv("advance", "reported", "Russian forces", ["كيدال"], ["تينزاواتين"]),
  mv("redeploy", "planned", A, ["برج باجي مختار"], ["تيمياوين"]),
  mv("shipment", "conditional", A, ["قاعدة رقان الجوية"], ["برج باجي مختار"]),
  mv("advance", "denied", A, [], ["تساليت"]),
 ],
 "xq4": [
  mv("deploy", "reported", "Libyan National Army", ["أوباري"], ["غات"], ["العوينات"]),
  mv("deploy", "planned", "Libyan National Army", [], ["منفذ إيسين"]),
  mv("withdraw", "conditional", "Libyan National Army", ["غات"]),
  mv("reinforce", "reported", A, ["إليزي"], ["جانت"]),
  mv("deploy", "denied", "GNA forces", [], ["العوينات"]),
 ],
 "xq5": [
  mv("airlift", "reported", A, ["قاعدة بوفاريك الجوية"], ["مطار تمنراست"]),
  mv("deploy", "reported", A, ["تمنراست"], ["تين زاوتين"]),
  mv("redeploy", "planned", A, ["عين قزام"], ["برج باجي مختار"], ["تين زاوتين"]),
  mv("withdraw", "conditional", A, ["تين زاوتين"]),
  mv("mobilise", "denied", A, [], ["عين قزام"]),
  mv("naval_landing", "reported", A, ["قاعدة المرسى الكبير البحرية"], ["الغزوات"]),
  mv("naval_landing", "planned", A, [], ["جيجل"]),
 ],
}

NOTES = {
 "xq1": "Ech-Chaab from Illizi: a mechanised battalion Ouargla→In Amenas via Hassi Messaoud (Ouargla named as the HQ "
        "of the 4th military region and as the origin), a company In Amenas→around the Tiguentourine gas field ('40 km "
        "south-west of the city' adds no place), a planned border-guard unit Illizi→Debdeb (written للدبداب; Ghadames "
        "and the Debdeb crossing only locate it), a conditional helicopter airlift In Amenas airport→the border with "
        "Libya (Ghadames only the condition), and a denied incursion towards the Wafa field; Tripoli is only the seat of "
        "the GNA, In Amenas/Bordj Omar Driss in the last paragraph only places of arrests.",
 "xq2": "Algerian Radio from Tamanrasset: helicopters Tamanrasset airport→In Guezzam, units In Guezzam→along the border "
        "with Niger (Assamaka 'less than 30 km' only a distance reference), a planned battalion In Salah→In Guezzam via "
        "Tamanrasset, an army fuel convoy Tamanrasset→'the city' (= In Guezzam), a conditional massing in In Guezzam "
        "(بمجرد; Arlit and Agadez only the condition) and a denied patrol crossing towards Assamaka (Niamey only the "
        "source of the claim); the Hoggar's Amenokal and the In Guezzam governor add no movement.",
 "xq3": "El Djoumhouria from Adrar: a 50-vehicle convoy Adrar→Bordj Badji Mokhtar via Reggane, an Africa Corps column "
        "(with Malian soldiers) Kidal→Tinzaouaten (Mali; Algerian Tin Zaouatine only the facing town), a planned "
        "special-forces company BBM→Timiaouine (the border with Mali only a distance reference), a conditional "
        "air-defence shipment Reggane air base→BBM, and a denied incursion towards Tessalit (Bamako = the junta's seat).",
 "xq4": "El Hiwar from Djanet at the Sebiba: an LNA force Ubari→Ghat via Al-Awaynat (Sharara only its past task), a "
        "planned company to the Isayen crossing (origin not written), a conditional LNA withdrawal from Ghat (بمجرد), "
        "Algerian units Illizi→Djanet, and a GNA column to Al-Awaynat denied from Tripoli (speaker's city, not origin); "
        "a photographer from Tripoli in north Lebanon is a civilian.",
 "xq5": "El Djeich from Tamanrasset: special forces airlifted Boufarik air base→Tamanrasset airport, a tank battalion "
        "Tamanrasset→near Tin Zaouatine ('5 km from the border with Mali' a distance reference), a planned battalion In "
        "Guezzam→BBM via Tin Zaouatine (Niger and Mali only name the borders the route follows), a conditional stay/"
        "withdrawal from Tin Zaouatine (Kidal only the battle area), a denied massing in In Guezzam, a reported "
        "amphibious landing Mers El Kebir→near Ghazaouet and a planned one near Jijel.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("xq1", "xq2", "xq3", "xq4", "xq5")
