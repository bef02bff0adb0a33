# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "vatican": ("country", "VA", 41.9029, 12.4534, "Vatican City"),                         # K
 # Algeria (Djanet, Illizi, Tamanrasset, In Guezzam)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                  # G* (row kind village)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),    # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
 "tassili": ("region", "DZ", 25.50000, 9.00000, "Tassili n'Ajjer"),                      # G
 "tin_alkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, Libyan side of the same crossing)
 "border_dz_ly": ("region", "DZ", 24.7, 9.8, "Algeria-Libya border (Algeria side)"),     # K
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),      # G
 "boufarik": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),                     # G* (row kind airport, named قاعدة بوفاريك الجوية)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                        # G (row تمنراست; also written تامنغست)
 "in_guezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                          # G (row إن قزام; also written عين قزام)
 # Niger (Agadez region)
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                  # G
 "agadez_dist": ("district", "NE", 19.42135, 10.68918, "Agadez Region"),                 # G
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                           # G (row أسامكا; also written أساماكا)
 "point_zero": ("crossing", "NE", 19.48, 5.78, "Point Zero (Algeria-Niger border)"),     # K
 "border_ne_dz": ("region", "NE", 21.21580, 8.29050, "Niger-Algeria border (Niger side)"),  # G* (row الحدود النيجرية الجزائرية)
 "border_ne_ly": ("region", "NE", 22.3, 13.8, "Niger-Libya border (Niger side)"),        # K
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                    # G
 "iferouane": ("town", "NE", 19.06250, 8.42000, "Iferouane"),                            # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                 # G
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                        # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                 # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                  # G
 # Libya (south-west and elsewhere)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "ghat_dist": ("district", "LY", 26.01562, 10.40660, "Ghat Municipality"),               # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                  # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al-Awaynat"),                            # G
 "barkat": ("town", "LY", 24.89400, 10.18336, "Al-Barkat"),                              # G (row البركات, written البركت)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),             # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libya side)"),  # G* (row الحدود الليبية الجزائرية)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),             # G
 "tripoint": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                  # G* (row جنوب ليبيا, written الجنوب الليبي)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G (also written اوباري)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 # elsewhere
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                 # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                  # G
}

TRAPS = {
 "qmt1": ["صوت الغرب", "الجيش الوطني الشعبي", "حفتر", "إليوشين 76", "الليبية", "الليبي", "ليبية", "جزائرية",
          "إفريقية"],
 "qmt2": ["نيجر دياسبورا", "المنظمة الدولية للهجرة", "أطباء بلا حدود", "القوات المسلحة النيجرية",
          "قوات الدفاع والأمن", "الجزائرية", "الجزائري", "الليبية"],
 "qmt3": ["درع الصحراء", "راديو سبها الحرة", "جهاز مكافحة الهجرة غير الشرعية", "اللواء طارق بن زياد المعزز",
          "حكومة الوحدة الوطنية", "التشادية", "الليبية"],
 "qmt4": ["المغاربية", "درع الصحراء", "الجيش الوطني الليبي", "الجيش الوطني الشعبي", "صدام حفتر", "حفتر",
          "موسى عبدو", "الشمالية", "جزائري", "الجزائرية", "ليبي", "الليبي", "الليبية", "نيجري", "النيجرية",
          "النيجري", "فرنسيين"],
 "qmt5": ["فاتيكان نيوز", "كاريتاس", "ألارم فون صحرا", "أطباء بلا حدود", "المنظمة الدولية للهجرة",
          "وكالة الأنباء الجزائرية", "الجيش الوطني الليبي", "الصحراء", "الجزائرية"],
}

PHEN = {
 "qmt1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qmt2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qmt3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qmt4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
 "qmt5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qmt1": [
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  mv("deploy", "reported", "Algerian army", ["جانت"], ["معبر تين الكوم"]),
  mv("airlift", "planned", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار جانت"]),
  mv("withdraw", "conditional", "Algerian army", ["تين الكوم"], ["إليزي"]),
  mv("advance", "denied", "Algerian army", [], ["العوينات"]),
 ],
 "qmt2": [
  mv("reinforce", "reported", "Nigerien army", ["أغاديس"], ["أسامكا"], ["أرليت"]),
  mv("advance", "reported", None, ["إيفروان"], ["الحدود مع الجزائر"]),
  mv("deploy", "planned", "Nigerien army", ["ديركو"], ["سيغيدين"]),
  mv("deploy", "conditional", "Nigerien army", [], ["الحدود مع ليبيا"]),
  mv("withdraw", "denied", "Nigerien army", ["أسامكا"], ["أرليت"]),
 ],
 "qmt3": [
  mv("reinforce", "reported", "Libyan National Army", ["اوباري"], ["العوينات"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة تمنهنت"], ["منفذ إيسين"]),
  mv("advance", "conditional", "Libyan National Army", [], ["المثلث الحدودي"]),
  mv("withdraw", "denied", "Libyan National Army", ["غات"], ["أوباري"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["منفذ التوم"]),
 ],
 "qmt4": [
  mv("shipment", "reported", "Algerian army", ["تامنغست"], ["إن قزام"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["مطار غات"]),
  mv("redeploy", "planned", "Libyan National Army", ["سبها"], ["القطرون"]),
  mv("mobilise", "denied", "Algerian army", [], ["جانت"]),
  mv("deploy", "conditional", "Nigerien army", [], ["ماداما"]),
 ],
 "qmt5": [
  mv("deploy", "reported", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("withdraw", "reported", "Libyan National Army", ["منفذ التوم"], ["القطرون"]),
  mv("deploy", "denied", "Algerian army", ["تمنراست"], ["النقطة صفر"]),
  mv("reinforce", "conditional", "Nigerien army", ["أرليت"], ["أساماكا"]),
  mv("deploy", "planned", "Libyan National Army", [], ["العوينات", "غات"]),
 ],
}

NOTES = {
 "qmt1": "Algerian regional daily (Sawt El-Gharb) from Djanet: Algerian army reinforcements Illizi→Djanet, part of them "
         "deployed around the Tin Alkoum crossing (origin Djanet by anaphora), a planned Il-76 airlift Boufarik air base→"
         "Djanet airport, a conditional return Tin Alkoum→Illizi barracks («لن تعود ... إلا إذا») and a denied Algerian "
         "patrol incursion near Al-Awaynat; the handover of 312 migrants to Libya through the crossing, the Libyan "
         "transfer to Sabha, units staying in Djanet, Haftar's clashes near Ghat, Ghat as the next town after the "
         "crossing, Tiguentourine/In Amenas (2013 background) and Algiers are not movements or movement places.",
 "qmt2": "Nigerien news site (Nigerdiaspora) from Agadez on Assamaka: deportees Tamanrasset→Assamaka via In Guezzam "
         "left at Point Zero and IOM buses Assamaka→Arlit→Agadez are civilian; Nigerien army reinforcements Agadez→"
         "Assamaka via Arlit, an armed smugglers' 4x4 column Iferouane→the border with Algeria (actor null), a planned "
         "company Dirkou→Seguedine (Al Qatrun only as the migrants' goal), a conditional deployment along the border "
         "with Libya (Niger side; Southern Libya only in the condition) and a denied pull-out Assamaka→Arlit; arrested "
         "smugglers taken to Arlit and Niamey as government are not movements.",
 "qmt3": "Libyan southern radio (Radio Sabha Al-Hurra, holds سبها) on the LNA's «درع الصحراء» operation: 460 migrants "
         "arrested in Al-Awaynat, Ghat and Al-Barkat (written البركت) and bussed to Sabha (civilian), a Tariq bin Ziyad "
         "column Ubari (written اوباري)→Al-Awaynat, a planned battalion Tamanhint base→Isayen crossing, a conditional "
         "advance to the border triangle, a denied pull-out Ghat→Ubari (written أوباري) and Chadian armed opposition "
         "groups massing near the Toummo crossing; deportations to Niger and Chad, handovers from Algeria, Tripoli (GNU "
         "pages), Al Qatrun (source) and Ghat municipality are not movement places.",
 "qmt4": "London-based Maghreb channel (El Magharibia) on the Algeria–Libya–Niger triangle: Algerian military supply "
         "convoys Tamanrasset (written تامنغست)→In Guezzam (shipment), an LNA military plane Brak air base→Ghat "
         "airport, a planned transfer of two battalions Sabha→Al Qatrun, Algeria's denial of massing troops around "
         "Djanet and Niger's conditional deployment to Madama; deportations towards Assamaka (written أسامكا and "
         "أساماكا), the ambassador recalled from Niamey, London (dateline) and the countries meeting at the triangle are "
         "not movements or movement places.",
 "qmt5": "Vatican News Arabic retelling NGO statements (Caritas, Alarme Phone Sahara, MSF, IOM): an LNA armed escort "
         "Al Qatrun→Toummo crossing with deportee trucks (the trucks civilian) and its return Toummo→Al Qatrun, "
         "Algeria's denial that army units escorted deportee convoys Tamanrasset→Point Zero, Niger's conditional "
         "reinforcement Arlit→Assamaka (written أساماكا) and an LNA plan to deploy extra units in Al-Awaynat and Ghat; "
         "migrants walking towards Madama, deportations from Algeria, Agadez, Geneva, Niamey and Benghazi as seats of "
         "speakers, and the Vatican dateline are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qmt1", "qmt2", "qmt3", "qmt4", "qmt5")
