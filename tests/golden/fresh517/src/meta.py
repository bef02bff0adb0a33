# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "guinea": ("country", "GN", 9.93192, -9.67529, "Guinea"),                              # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                      # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 # cities
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                   # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "conakry": ("city", "GN", 9.53795, -13.67729, "Conakry"),                              # K
 # towns
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "bbm": ("town", "DZ", 21.32500, 0.94611, "Bordj Badji Mokhtar"),                       # G
 "tinzaouatine_dz": ("town", "DZ", 19.95333, 2.96667, "Tin Zaouatine (Algeria)"),       # G
 "tinzaouaten_ml": ("town", "ML", 19.96278, 2.88278, "Tinzaouaten (Mali)"),             # G
 "kidal": ("town", "ML", 18.44345, 1.40921, "Kidal"),                                   # G
 "aguelhok": ("town", "ML", 19.46139, 0.85889, "Aguelhok"),                             # G (row spelled أغيلهوك)
 "siguiri": ("town", "GN", 11.41667, -9.16667, "Siguiri"),                              # K
 # bases
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "boufarik_base": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),               # G* (row kind airport)
 "base201": ("base", "NE", 16.95030, 8.01390, "Niger Air Base 201"),                    # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 # airports
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "niamey_airport": ("airport", "NE", 13.48150, 2.18361, "Diori Hamani International Airport"),  # G (row مطار نيامي)
 "tam_airport": ("airport", "DZ", 22.81140, 5.45080, "Tamanrasset Aguenar airport"),    # K
 # crossings and ports
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "inguezzam_crossing": ("crossing", "DZ", 19.57361, 5.76806, "In Guezzam border crossing"),  # G* (town row)
 "conakry_port": ("crossing", "GN", 9.51200, -13.71300, "Port of Conakry"),             # K
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),               # G* (city / naval base row)
 # oil and gas
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 # districts
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row, README rule)
 "tam_wilaya": ("district", "DZ", 24.08657, 4.95931, "Tamanrasset Province"),           # G (row تامنغست)
 "agadez_region": ("district", "NE", 19.42135, 10.68918, "Agadez Region"),              # G
 "tillaberi": ("district", "NE", 13.80396, 2.01328, "Tillaberi Region"),                # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 # regions
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),      # G* (الحدود الليبية النيجرية)
 "border_dz_ml": ("region", "DZ", 22.09206, -0.15677, "Algeria-Mali border (Algerian side)"),   # G* (الحدود الجزائرية المالية)
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border (Algerian side)"),  # G* (الحدود الجزائرية النيجرية)
 "north_mali": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                   # G
 "central_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                   # G
 "sahel": ("region", "NE", 14.50000, 2.50000, "Sahel"),                                 # K
}

TRAPS = {
 "sy1": ["بوابة أفريقيا الإخبارية", "الفيلق الأفريقي", "أحمد الطرابلسي", "ما ادري", "القيادة العامة للجيش الوطني الليبي", "النيجرية",
         "الروسي"],
 "sy2": ["النهار أونلاين", "النهار", "الجيش المالي", "المالية", "مسيّرة مالية", "دعم مالي", "الحركات الأزوادية",
         "إذاعة فرنسا الدولية", "رضا الوهراني", "الجزائرية", "جزائرية"],
 "sy3": ["الفجر", "الفيلق الأفريقي", "الغينية", "الجيش المالي", "جبهة تحرير أزواد", "التلفزيون المالي الرسمي",
         "وزارة الدفاع المالية", "عجز مالي", "وسائل إعلام مالية", "الجيش الجزائري", "رشيد التلمساني", "التلمساني",
         "الليبية"],
 "sy4": ["قناة التناصح", "التناصح", "الفيلق الأفريقي", "وكالة الأنباء النيجرية", "الجيش النيجري", "الحكومة النيجرية",
         "دعم عسكري ومالي", "جون أفريك", "تحالف دول الساحل"],
 "sy5": ["قناة المسار", "المسار", "الفيلق الأفريقي", "الإدريسي", "حرس المنشآت النفطية الليبي",
         "المنطقة العسكرية طرابلس"],
}

PHEN = {
 "sy1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "border_phrase", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "sy2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "sy3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "vague_area", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "sy4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "sy5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


RU, LNA, DZA = "Russian forces", "Libyan National Army", "Algerian army"

MOVES = {
 "sy1": [
  mv("redeploy", "reported", RU, ["قاعدة الجفرة الجوية"], ["أغاديز"], ["سوكنة", "براك", "سبها", "القطرون", "منفذ التوم"]),
  mv("deploy", "denied", LNA, ["سبها"], ["القطرون"]),
  mv("reinforce", "conditional", LNA, [], ["منفذ التوم"]),
  mv("airlift", "planned", RU, ["الجفرة"], ["نيامي"]),
  mv("withdraw", "reported", RU, ["قاعدة براك الجوية"], ["الجفرة"]),
 ],
 "sy2": [
  mv("reinforce", "reported", DZA, ["تمنراست"], ["برج باجي مختار", "تين زواتين"]),
  mv("advance", "reported", "Wagner Group", ["كيدال"], ["تينزاواتين"]),
  mv("airlift", "planned", DZA, ["قاعدة بوفاريك الجوية"], ["مطار تامنغست"]),
  mv("redeploy", "conditional", DZA, ["برج باجي مختار"], ["معبر عين قزام"]),
  mv("advance", "denied", DZA, ["تين زواتين"], ["تينزاواتين"]),
 ],
 "sy3": [
  mv("naval_landing", "reported", RU, [], ["ميناء كوناكري"]),
  mv("shipment", "reported", RU, ["ميناء كوناكري"], ["باماكو"], ["سيغيري"]),
  mv("advance", "planned", RU, ["كيدال"], ["أغلهوك"]),
  mv("mobilise", "reported", None, [], ["أغلهوك"]),
  mv("withdraw", "conditional", RU, ["مالي"], []),
  mv("shipment", "denied", DZA, [], ["شمال مالي"], ["تين زواتين"]),
 ],
 "sy4": [
  mv("airlift", "reported", RU, ["قاعدة الجفرة الجوية"], ["مطار ديوري حماني الدولي"]),
  mv("redeploy", "planned", RU, ["نيامى"], ["القاعدة الجوية 201"]),
  mv("mobilise", "reported", None, [], ["أرليت"]),
  mv("deploy", "conditional", RU, [], ["أرليت"]),
  mv("withdraw", "denied", RU, ["تيلابيري"], ["نيامي"]),
 ],
 "sy5": [
  mv("naval_landing", "reported", RU, ["طرطوس"], ["ميناء طبرق"]),
  mv("shipment", "reported", RU, ["ميناء طبرق"], ["قاعدة الجفرة الجوية"], ["إجدابيا"]),
  mv("airlift", "planned", RU, ["الجفرة"], ["باماكو"]),
  mv("mobilise", "reported", RU, [], ["قاعدة براك الجوية"]),
  mv("withdraw", "denied", RU, ["حقل الشرارة"], ["براك"]),
  mv("deploy", "conditional", LNA, [], ["إدري", "وادي الشاطئ"]),
 ],
}

NOTES = {
 "sy1": ("Afrigate News (Sabha): an Africa Corps convoy Jufra air base→Agadez via Sokna, Brak, Sabha, Al Qatrun and the "
         "Toummo crossing (reported redeploy), the LNA's denied Sabha→Al Qatrun escort, a conditional LNA reinforcement "
         "of the Toummo crossing, a planned Il-76 Jufra→Niamey and a flashback Russian pull-back Brak air base→Jufra. "
         "Traps: a witness named الطرابلسي, the dialect «ما ادري», the outlet, the force name; Sabha airport, Syria, "
         "Tripoli and Moscow are not movement places."),
 "sy2": ("Ennahar (Tamanrasset): an Algerian reinforcement Tamanrasset→Bordj Badji Mokhtar/Tin Zaouatine, a Wagner "
         "advance Kidal→Tinzaouaten (Mali), a planned airlift Boufarik air base→Tamanrasset airport, a conditional "
         "redeploy Bordj Badji Mokhtar→the In Guezzam crossing and a denied Algerian crossing Tin Zaouatine→Tinzaouaten. "
         "Tests the twin towns (تين زواتين DZ vs تينزاواتين ML), الجزائر country vs الجزائر العاصمة, «دعم مالي» and "
         "the nisba المالي/المالية; the drone shot down near Tin Zaouatine and the displaced families are not movements."),
 "sy3": ("Al-Fadjr (Algiers): a Russian landing ship unloads at Conakry port, an Africa Corps truck convoy Conakry "
         "port→Bamako via Siguiri, a planned Russian advance Kidal→Aguelhok, the FLA massing at Aguelhok (actor null), a "
         "conditional Russian withdrawal from Mali and Algeria's denied arms shipment via Tin Zaouatine to northern Mali. "
         "Traps: «عجز مالي», Malian nisbas, جبهة تحرير أزواد, التلمساني; Jufra as a past supply hub and Tiguentourine are "
         "background, not movements."),
 "sy4": ("Al-Tanasuh (Tripoli): two Il-76s Jufra air base→Niamey's Diori Hamani airport (reported airlift), a planned "
         "trainer move Niamey→Air Base 201 (Agadez), the Nigerien army massing at Arlit (actor null), a conditional "
         "Russian deployment at Arlit and a denied Russian pull-out Tillaberi→«the capital» (Niamey). Spelling نيامى and "
         "أغاديس beside نيامي/أغاديز; traps «دعم عسكري ومالي», تحالف دول الساحل; the AES «انسحابها من إيكواس» is no move."),
 "sy5": ("Al-Masar (Benghazi): a Russian landing ship Tartus→Tobruk port, the cargo trucked Tobruk port→Jufra air base "
         "via Ajdabiya, a planned airlift Jufra→Bamako, Russian massing at Brak air base, a denied pull-out Sharara "
         "field→Brak and a conditional LNA deployment in Idri and Wadi al-Shati. Traps: the colonel الإدريسي, "
         "«المنطقة العسكرية طرابلس»; Libya as a «gateway» to Mali/Niger/Burkina and the loss of Hmeimim are no moves."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("sy1", "sy2", "sy3", "sy4", "sy5")
