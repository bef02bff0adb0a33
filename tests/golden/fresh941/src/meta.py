# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                  # G
 "guinea": ("country", "GN", 9.93192, -9.67529, "Guinea"),                               # G
 # Algeria's far south (shared)
 "tam": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                                # G
 "tam_airport": ("airport", "DZ", 22.8115, 5.4511, "Tamanrasset Aguenar Airport"),       # K
 "bbm": ("town", "DZ", 21.32500, 0.94611, "Bordj Badji Mokhtar"),                        # G
 "bbm_prov": ("district", "DZ", 21.32500, 0.94611, "Bordj Badji Mokhtar Province"),      # G* (town row)
 "timiaouine": ("town", "DZ", 20.44080, 1.80551, "Timiaouine"),                          # G
 "tinz_dz": ("town", "DZ", 19.95333, 2.96667, "Tin Zaouatine (Algeria)"),                # G
 "guezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                             # G (row إن قزام)
 "guezzam_prov": ("district", "DZ", 19.57361, 5.76806, "In Guezzam Province"),           # G* (town row)
 "guezzam_crossing": ("crossing", "DZ", 19.50, 5.78, "In Guezzam border crossing"),     # K
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border (Algerian side)"),  # G* (row الحدود الجزائرية النيجرية)
 "border_dz_ml": ("region", "DZ", 22.09206, -0.15677, "Algeria-Mali border (Algerian side)"),  # G* (row الحدود الجزائرية المالية)
 "adrar": ("town", "DZ", 27.8743, -0.2939, "Adrar"),                                     # K
 "reggane": ("town", "DZ", 26.71576, 0.17140, "Reggane"),                                # G
 "insalah": ("town", "DZ", 27.19678, 2.47913, "In Salah"),                               # G (row إن صالح)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                  # G* (row kind village)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),              # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                # G
 "tebessa": ("city", "DZ", 35.40417, 8.12417, "Tebessa"),                                # G
 "eloued": ("city", "DZ", 33.35608, 6.86319, "El Oued"),                                 # G
 "soukahras": ("city", "DZ", 36.28639, 7.95111, "Souk Ahras"),                           # G
 "boufarik": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),                     # G* (row kind airport)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 # Mali, Niger, Guinea
 "north_mali": ("region", "ML", 19.00000, 0.00000, "Northern Mali"),                     # G* (row أزواد)
 "tinz_ml": ("town", "ML", 19.96278, 2.88278, "Tinzaouaten (Mali)"),                     # G
 "kidal": ("town", "ML", 18.44345, 1.40921, "Kidal"),                                    # G
 "tessalit": ("town", "ML", 20.20126, 1.01186, "Tessalit"),                              # G* (row kind village)
 "aguelhok": ("town", "ML", 19.46139, 0.85889, "Aguelhok"),                              # G
 "border_ml_dz": ("region", "ML", 21.87911, -0.25308, "Mali-Algeria border (Malian side)"),  # G* (row الحدود المالية الجزائرية)
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                 # G
 "gao": ("city", "ML", 16.27167, -0.04472, "Gao"),                                       # G (row جاو)
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                    # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                  # G (row أغاديس)
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                           # G
 "conakry_port": ("crossing", "GN", 9.515, -13.712, "Port of Conakry"),                  # K
 # Libya
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),                # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),             # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                  # G* (row جنوب ليبيا)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador triangle"),                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "tripoint": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G
}

TRAPS = {
 "qjg1": ["المالية", "AL24 نيوز", "الناحية العسكرية السادسة", "الجيش المالي", "جبهة تحرير أزواد", "جزائرية",
          "الجيش الوطني الشعبي", "الشهيد باجي مختار", "مالية", "الدعم المالي", "وكالة الأنباء الجزائرية"],
 "qjg2": ["الفيلق الإفريقي", "نوميديا نيوز", "الجيش المالي", "جبهة تحرير أزواد", "الجزائرية", "محمد أغ إنتالا",
          "القيادة العامة للجيش الوطني الليبي", "الجانب الجزائري", "السلطات المالية", "الجانب المالي"],
 "qjg3": ["الحياة العربية", "الناحية العسكرية السادسة", "النيجرية", "الليبية", "عين المكان", "الجانب المالي",
          "القيادة العامة للجيش الوطني الليبي", "اللواء طارق بن زياد"],
 "qjg4": ["المسار العربي", "الجيش الوطني الشعبي", "الليبية", "المسيّرات المالية", "مغربية",
          "جارتها الشمالية"],
 "qjg5": ["آخر ساعة", "لغات", "جزائري", "الفيلق الإفريقي", "جبهة تحرير أزواد", "الروسية", "الجانب الليبي",
          "اللواء طارق بن زياد", "إدريس الغاتي"],
}

PHEN = {
 "qjg1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qjg2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qjg3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qjg4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qjg5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_idri", "vague_area", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qjg1": [
  mv("reinforce", "reported", "Algerian army", ["تمنراست"], ["برج باجي مختار"], ["تيمياوين"]),
  mv("airlift", "reported", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار تمنراست"]),
  mv("deploy", "planned", "Algerian army", [], ["تين زواتين"]),
  mv("withdraw", "conditional", "Algerian army", ["تين زواتين"], ["تمنراست"]),
  mv("advance", "denied", "Algerian army", [], ["تينزاواتين"]),
 ],
 "qjg2": [
  mv("advance", "reported", "Russian forces", ["كيدال"], ["تساليت"], ["أغيلهوك"]),
  mv("advance", "planned", "Russian forces", ["تساليت"], ["تينزاواتين"]),
  mv("withdraw", "conditional", None, ["تينزاواتين"]),
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["باماكو"]),
  mv("reinforce", "reported", "Algerian army", ["أدرار"], ["برج باجي مختار"], ["رقان"]),
 ],
 "qjg3": [
  mv("deploy", "reported", "Algerian army", ["تمنراست"], ["معبر عين قزام", "الحدود مع النيجر"]),
  mv("shipment", "reported", None, ["أرليت"], ["غات"], ["جانت"]),
  mv("airlift", "planned", "Algerian army", ["مطار تمنراست"], ["عين قزام"]),
  mv("redeploy", "conditional", "Algerian army", ["عين قزام"], ["تين زواتين"]),
  mv("deploy", "denied", "Libyan National Army", ["سبها"], ["مثلث السلفادور"]),
 ],
 "qjg4": [
  mv("redeploy", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  mv("shipment", "planned", "Algerian army", ["ورقلة"], ["تمنراست"], ["عين صالح"]),
  mv("mobilise", "conditional", "Algerian army", [], ["الحدود مع مالي"]),
  mv("withdraw", "denied", "Algerian army", ["تين زواتين"], ["تمنراست"]),
 ],
 "qjg5": [
  mv("shipment", "reported", None, ["أوباري"], ["كيدال"], ["المثلث الحدودي"]),
  mv("withdraw", "planned", "Russian forces", ["كيدال"], ["غاو"]),
  mv("mobilise", "reported", None, [], ["تينزاواتين"]),
  mv("naval_landing", "denied", "Russian forces", [], ["ميناء كوناكري"]),
  mv("advance", "conditional", "Libyan National Army", ["أوباري"], ["منفذ إيسين"]),
 ],
}

NOTES = {
 "qjg1": "AL24 News-style dispatch from Tamanrasset (dateline only): a 6th-region column Tamanrasset→Bordj Badji "
         "Mokhtar via Timiaouine, an Il-76 Boufarik air base→Tamanrasset airport, a planned border-guard company in "
         "Tin Zaouatine (Algeria), a conditional return Tin Zaouatine→Tamanrasset ('لن تعود ... إلا إذا') and a denied "
         "Algerian entry into Tinzaouaten (Mali, written تينزاواتين); Bamako (the accusers), Libya and Niger (smuggling "
         "routes) are not movement places; traps: the martyr's name inside the province name, 'الدعم المالي', "
         "'جبهة تحرير أزواد'.",
 "qjg2": "Numidia News-style report from Bordj Badji Mokhtar: an Africa Corps column Kidal→Tessalit via Aguelhok, a "
         "planned Russian push Tessalit→Tinzaouaten (Mali), the Azawad front's conditional pull-out from Tinzaouaten "
         "(actor null), a Russian landing at Tobruk port, an LNA-denied Russian airlift Al-Jufra air base→Bamako and "
         "Algerian reinforcements Adrar→Bordj Badji Mokhtar via Reggane; civilians fleeing to Tin Zaouatine "
         "(Algeria) are not a movement; Tripoli only background.",
 "qjg3": "El Hayat El Arabia-style report from In Guezzam (spelled عين قزام): a deployment Tamanrasset→the In Guezzam "
         "crossing and the Niger border, an intercepted arms convoy Arlit→Ghat via Djanet (actor null), a planned "
         "airlift Tamanrasset airport→In Guezzam, a conditional transfer In Guezzam→Tin Zaouatine and an LNA-denied "
         "battalion Sabha→the Salvador triangle; a distance reference east of In Guezzam, Sharara as a patrol area, "
         "migrants from Agadez via Assamaka and deportations to Niger are not movements.",
 "qjg4": "El Massar El Arabi-style MoD weekly balance from Algiers: arrests in Tamanrasset, Bordj Badji Mokhtar, In "
         "Guezzam, Djanet, Bordj Omar Driss (إدري inside) and fuel seizures in Tebessa, El Oued, Souk Ahras (no "
         "movements); a battalion Illizi→Djanet (Isayen, Ghat and southern Libya only the routes it watches), a "
         "planned supply convoy Ouargla→Tamanrasset via In Salah, a conditional massing on the border with Mali "
         "(Tinzaouaten only the strike site) and a denied pull-out Tin Zaouatine→Tamanrasset; Algiers as dateline "
         "and as 'الجزائر العاصمة' vs the country.",
 "qjg5": "Akher Saa-style reportage from Timiaouine: Kidal–Sabha as an old trade link (no movement), an arms "
         "shipment Ubari→Kidal via the border triangle (actor null), a planned Africa Corps pull-back Kidal→Gao "
         "(spelled غاو), Azawad-front vehicles massing near Tinzaouaten (actor null), a Russian-embassy-denied landing "
         "at Conakry port and a conditional LNA advance Ubari→the Isayen crossing; traps: 'لغات' (Ghat), the person "
         "'إدريس الغاتي' (Idri, Ghat).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qjg1", "qjg2", "qjg3", "qjg4", "qjg5")
