# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                  # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                   # G
 "nigeria": ("country", "NG", 9.07750, 7.93472, "Nigeria"),                               # G
 "togo": ("country", "TG", 8.63425, 1.01549, "Togo"),                                     # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                             # G
 "france": ("country", "FR", 46.70829, 2.18957, "France"),                                # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                               # G
 # Algeria
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                 # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                         # G
 "tam_airport": ("airport", "DZ", 22.8115, 5.4511, "Tamanrasset Aguenar airport"),        # K
 "inguezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                            # G (row إن قزام)
 "inguezzam_wilaya": ("district", "DZ", 19.57361, 5.76806, "In Guezzam province"),        # G* (town row)
 "bbm": ("town", "DZ", 21.32500, 0.94611, "Bordj Badji Mokhtar"),                         # G
 "boufarik_base": ("base", "DZ", 36.5458, 2.8761, "Boufarik air base"),                   # K
 "south_dz": ("region", "DZ", 24.0, 5.5, "Algeria's Great South"),                        # K
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border (Algerian side)"),  # G* (الحدود الجزائرية النيجرية)
 "border_dz_ml": ("region", "DZ", 22.09206, -0.15677, "Algeria-Mali border (Algerian side)"),  # G* (الحدود الجزائرية المالية)
 # Niger
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                   # G
 "niamey_airport": ("airport", "NE", 13.48150, 2.18361, "Niamey Diori Hamani airport"),   # G
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                            # G (row أسامكا)
 "point_zero": ("region", "NE", 19.45, 5.78, "Point Zero (Algeria-Niger border near Assamaka)"),  # K
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                     # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                   # G
 "agadez_airport": ("airport", "NE", 16.96600, 8.00011, "Agadez Mano Dayak airport"),     # G
 "agadez_region": ("district", "NE", 19.42135, 10.68918, "Agadez region"),                # G (district row)
 "tahoua": ("city", "NE", 14.88880, 5.26920, "Tahoua"),                                   # G
 "ingall": ("town", "NE", 16.78778, 6.93417, "In-Gall"),                                  # G (row إنغال)
 "agadem": ("oilfield", "NE", 16.2, 13.1, "Agadem oil field"),                            # K
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado plateau"),                          # G (row جادو, NE region)
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama base"),                             # G
 "border_ne_dz": ("region", "NE", 21.21580, 8.29050, "Niger-Algeria border (Nigerien side)"),  # G* (الحدود النيجرية الجزائرية)
 "sahel": ("region", "NE", 15.0, 5.0, "Sahel"),                                           # K
 # Libya
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                    # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),               # G (row منفذ التوم)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                               # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),          # G* (town row)
 "wigh": ("town", "LY", 24.18590, 14.53280, "Al Wigh"),                                   # G* (row قاعدة الويغ)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                      # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                      # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                      # G
 "tripoint_dz": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),    # G* (الحدود الليبية النيجرية)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                      # G* (row جنوب ليبيا)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                  # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),                    # G* (Tobruk city row)
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),        # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                      # G
 # elsewhere
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                  # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                    # G (row ربات)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                  # G
 "novorossiysk": ("city", "RU", 44.7239, 37.7688, "Novorossiysk"),                        # K
 "lome_port": ("crossing", "TG", 6.137, 1.283, "Port of Lome"),                           # K
}

TRAPS = {
 "pm1": ["النهار أونلاين", "الناحية العسكرية السادسة", "الجيش الوطني الشعبي", "وكالة الأنباء الجزائرية", "النيجرية",
         "جزائرية-نيجرية", "غلافاً مالياً"],
 "pm2": ["وكالة الأخبار المستقلة", "النيجري", "الجزائري", "مهاجر مالي", "لا ادري", "المنطقة العسكرية الثانية",
         "متطوعي الدفاع عن الوطن"],
 "pm3": ["بوابة الوسط", "التومي", "كتيبة شهداء أم الأرانب", "تشادية", "ليبية نيجرية", "النيجرية", "قوة جزائرية",
         "التراب الليبي"],
 "pm4": ["إذاعة فرنسا الدولية", "الفرنسية", "النيجري", "الجزائري", "نيجرية", "جزائرية", "الفيلق الإفريقي",
         "المبادرة الأطلسية", "يونس المراكشي"],
 "pm5": ["سبوتنيك", "أسطول البحر الأسود", "روسية", "النيجرية", "الجزائري", "ليبية", "الفيلق الإفريقي"],
}

PHEN = {
 "pm1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_neighbours", "countries"],
 "pm2": ["clitics", "spelling", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "pm3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "pm4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "pm5": ["spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area",
         "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


ALG, LNA, RUS = "Algerian army", "Libyan National Army", "Russian forces"

MOVES = {
 "pm1": [
  _m("reinforce", "reported", ALG, ["تمنراست"], ["عين قزام"]),
  _m("airlift", "reported", ALG, ["قاعدة بوفاريك الجوية"], ["مطار تمنراست"]),
  _m("advance", "denied", ALG, [], ["أساماكا"]),
  _m("deploy", "planned", ALG, [], ["عين قزام", "أساماكا"]),
  _m("redeploy", "conditional", ALG, ["برج باجي مختار"], ["عين قزام"]),
 ],
 "pm2": [
  _m("deploy", "reported", None, ["آرليت"], ["أسامكا"]),
  _m("mobilise", "reported", None, [], ["أغاديس"]),
  _m("shipment", "reported", None, ["نيامي"], ["أغاديس"], ["تاهوا"]),
  _m("withdraw", "denied", None, ["أسامكا"], ["آرليت"]),
  _m("deploy", "planned", None, [], ["النقطة صفر"]),
  _m("advance", "conditional", None, [], ["الحدود مع الجزائر"]),
 ],
 "pm3": [
  _m("reinforce", "reported", LNA, ["القطرون"], ["منفذ التوم"], ["الويغ"]),
  _m("withdraw", "reported", "Chadian armed groups", ["منفذ التوم"], ["جادو"]),
  _m("deploy", "planned", LNA, [], ["منفذ التوم", "قاعدة ماداما"]),
  _m("mobilise", "conditional", LNA, ["إدري", "براك"], ["القطرون"]),
  _m("advance", "denied", ALG, [], ["المثلث الحدودي"]),
 ],
 "pm4": [
  _m("redeploy", "reported", None, ["إن غال"], ["أرليت"]),
  _m("airlift", "reported", RUS, ["مطار نيامي"], ["مطار أغاديس"]),
  _m("advance", "denied", ALG, ["إن قزام"], []),
  _m("reinforce", "reported", ALG, [], ["إن قزام"]),
  _m("withdraw", "conditional", ALG, ["إن قزام"], []),
  _m("shipment", "planned", RUS, [], ["نيامي"], ["ميناء لومي"]),
 ],
 "pm5": [
  _m("naval_landing", "reported", RUS, ["نوفوروسيسك"], ["ميناء طبرق"]),
  _m("airlift", "reported", RUS, ["قاعدة الخادم"], ["مطار نيامي"]),
  _m("naval_landing", "planned", RUS, [], ["ميناء طبرق"]),
  _m("shipment", "denied", RUS, [], ["ماداما"], ["معبر التوم"]),
  _m("redeploy", "conditional", RUS, ["نيامي"], ["أغاديس"]),
  _m("advance", "denied", ALG, [], ["أساماكا"]),
 ],
}

NOTES = {
 "pm1": "Ennahar-style Algerian report (Tamanrasset): a 6th-military-region reinforcement Tamanrasset->In Guezzam "
        "(reported), an Il-76 airlift Boufarik air base->Tamanrasset airport (reported), the MoD's denial of units "
        "entering Assamaka (denied advance), joint Algerian-Nigerien patrols between In Guezzam and Assamaka from April "
        "(planned deploy), units from Bordj Badji Mokhtar to In Guezzam 'if infiltration continues' (conditional "
        "redeploy). The migrants bussed from Tamanrasset (تامنغست) to the border post are not a movement.",
 "pm2": "Al-Akhbar-style (Nouakchott agency) report from Niamey: a Nigerien army deployment Arlit->Assamaka (reported), "
        "volunteers massed in Agadez (reported mobilise), an ammunition and fuel convoy Niamey->Agadez via Tahoua "
        "(reported shipment), a denied pull-out of the Assamaka garrison to Arlit, a National Guard team for Point Zero "
        "next week (planned deploy) and an advance to the border with Algeria 'if' armed smugglers use Algerian soil "
        "(conditional). Migrants left at Point Zero and the 'joint patrols' still under discussion are not movements; "
        "the Nigerien army and guard are actor null.",
 "pm3": "Al-Wasat-style Libyan report (Sabha): an LNA reinforcement Al Qatrun->Toummo crossing via Al Wigh (reported), "
        "Chadian gunmen pulling back from the crossing to the Djado plateau (reported withdraw), joint Libyan-Nigerien "
        "patrols between Toummo and Madama base next month (planned deploy), units from Idri and Brak massed in Al Qatrun "
        "'if' infiltration continues (conditional mobilise), the LNA's denial of an Algerian force crossing into the "
        "border triangle south of Ghat (denied advance). Migrants deported to Arlit and held in Sabha are not movements.",
 "pm4": "Hespress-style Moroccan analysis (Rabat): a Nigerien battalion redeployed In-Gall->Arlit (reported), an "
        "Africa Corps airlift Niamey airport->Agadez airport (reported), Algeria's denial of a patrol advancing from In "
        "Guezzam into Niger (denied advance), the Algerian reinforcements already sent to In Guezzam (reported, in a "
        "relative clause) and their withdrawal only 'if' infiltration stops (conditional), a planned Russian armour "
        "shipment via the port of Lome to Niamey (planned).",
 "pm5": "Sputnik-style Russian report (Moscow): a Black Sea Fleet landing ship unloads at Tobruk port from Novorossiysk "
        "(reported naval landing), part of the cargo flown Al Khadim->Niamey airport (reported airlift), a second landing "
        "ship due at Tobruk port in April (planned), a denied Russian arms convoy through the Toummo crossing to Madama "
        "(denied shipment), Africa Corps units Niamey->Agadez 'if' Niger asks (conditional redeploy) and the Algerian "
        "MoD's earlier denial of units crossing to Assamaka (denied advance). The headline's 'cargo bound for Niger' is "
        "the same airlift; deportations from Tamanrasset are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("pm1", "pm2", "pm3", "pm4", "pm5")
