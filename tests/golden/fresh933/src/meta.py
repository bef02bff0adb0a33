# Metadata for fresh933 (qiy1-qiy5). Place rows: (kind, country, lat, lon, name).
# G = gazetteer row (data/gazetteer.csv, found with grep -F); K = own knowledge / representative point (see README
# "Coordinates not from the gazetteer"); G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                   # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                   # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                        # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                             # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                 # G
 "togo": ("country", "TG", 8.63425, 1.01549, "Togo"),                                     # G
 "benin": ("country", "BJ", 9.30715, 2.28152, "Benin"),                                   # G
 # Niger: the corridor and the north
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                   # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                   # G (also row of the spelling أغاديز)
 "agadez_region": ("district", "NE", 19.42135, 10.68918, "Agadez Region"),                # G
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                     # G
 "base201": ("base", "NE", 16.95030, 8.01390, "Niger Air Base 201"),                      # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                  # G
 "dirkou_airport": ("airport", "NE", 18.96870, 12.86870, "Dirkou Airport"),               # G
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                    # G
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                         # G
 "chirfa": ("village", "NE", 20.95000, 12.33330, "Chirfa"),                               # G
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado plateau"),                          # G (not Jadu, LY)
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                  # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),              # G (row منفذ التوم; G* for تومو / معبر تومو)
 "tenere": ("region", "NE", 17.58330, 10.91670, "Tenere desert"),                         # G
 "kawar": ("region", "NE", 18.90000, 12.90000, "Kawar"),                                  # G* (row كوار, written كاوار)
 "north_niger": ("region", "NE", 20.11996, 11.22198, "Northern Niger"),                   # G
 "border_ne_ly": ("region", "NE", 22.30, 13.80, "Niger-Libya border (Niger side)"),       # K
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                            # G* (row أسامكا, written أساماكا)
 "assamaka_crossing": ("crossing", "NE", 19.36667, 5.80000, "Assamaka border crossing"),  # G* (village row, kind crossing)
 "diffa": ("town", "NE", 13.3154, 12.6113, "Diffa"),                                      # K
 "diffa_region": ("district", "NE", 15.52738, 13.10274, "Diffa Region"),                  # G
 "agadem": ("oilfield", "NE", 16.85, 13.28, "Agadem oil field"),                          # K
 # Libya
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                    # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                               # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                             # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                          # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                   # G* (row جنوب ليبيا, written الجنوب الليبي)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al-Aranib"),                       # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                      # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                      # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                        # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                  # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),                 # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),               # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                    # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                      # G
 "tripoint": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"), # G
 # Chad
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                             # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                              # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                         # G
 "lake_chad": ("region", "TD", 13.30000, 14.40000, "Lake Chad"),                          # G
 # Algeria, Mali
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                 # G
 "inguezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                            # G* (row إن قزام, written عين قزام)
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                         # G
 "bbm": ("town", "DZ", 21.32500, 0.94611, "Bordj Badji Mokhtar"),                         # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                                # G
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border (Algerian side)"),  # G* (row الحدود الجزائرية النيجرية)
 "tinzaouatine": ("town", "DZ", 19.95333, 2.96667, "Tin Zaouatine"),                      # G* (row تين زواتين, written تين زاوتين)
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                  # G
 # elsewhere
 "casablanca": ("city", "MA", 33.58831, -7.61138, "Casablanca"),                          # G* (row أنفا)
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                    # G* (row ربات)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                  # G
 "novorossiysk_port": ("crossing", "RU", 44.73330, 37.78330, "Port of Novorossiysk"),     # G
 "lome_port": ("crossing", "TG", 6.1380, 1.2850, "Port of Lome"),                         # K
}

TRAPS = {
 "qiy1": ["تقدمي", "الفيلق الأفريقي", "السبهاوي", "تحالف دول الساحل", "عجزاً مالياً", "النيجري", "ليبيون",
          "الروسي"],
 "qiy2": ["بيان اليوم", "الفيلق الأفريقي", "سبوتنيك", "المبادرة الأطلسية", "الروسية", "النيجرية", "الروسي"],
 "qiy3": ["الوئام الوطني", "جبهة التغيير والوفاق في تشاد", "علي القطروني", "محمد إدريس ديبي", "تشاديون", "تشادية",
          "الليبي"],
 "qiy4": ["AL24 News", "وكالة الأنباء الجزائرية", "الناحية العسكرية السادسة", "الجيش الوطني الشعبي", "الجزائري",
          "جزائرية", "النيجرية", "الليبي", "مالية"],
 "qiy5": ["مدار21", "تيلي ساحل", "منطقة سبها العسكرية", "إدريس المبروك", "الفيلق الأفريقي", "الموارد المالية",
          "النيجرية", "الليبي", "نيجرياً", "تشاديون", "صينية"],
}

PHEN = {
 "qiy1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qiy2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital", "vague_area",
          "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qiy3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qiy4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qiy5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qiy1": [
  mv("reinforce", "reported", None, ["أغاديس"], ["ديركو"], ["صحراء تينيري"]),
  mv("mobilise", "reported", None, [], ["سيغيدين"]),
  mv("airlift", "planned", None, ["مطار ديركو"], ["قاعدة ماداما"]),
  mv("advance", "conditional", None, ["ماداما"], ["معبر تومو"]),
  mv("withdraw", "denied", "Russian forces", ["القاعدة الجوية 201"], ["مالي"]),
 ],
 "qiy2": [
  mv("naval_landing", "reported", "Russian forces", ["ميناء نوفوروسيسك"], ["ميناء طبرق"]),
  mv("shipment", "reported", "Russian forces", ["طبرق"], ["قاعدة براك الجوية"], ["قاعدة الجفرة الجوية"]),
  mv("airlift", "planned", "Russian forces", ["قاعدة براك الجوية"], ["مطار ديركو"]),
  mv("withdraw", "conditional", "Russian forces", ["قاعدة ماداما"]),
  mv("deploy", "denied", "Russian forces", [], ["معبر تومو"]),
 ],
 "qiy3": [
  mv("advance", "reported", "Chadian armed groups", ["كوري بوقودي"], ["جادو"]),
  mv("redeploy", "planned", None, ["بيلما"], ["شيرفا"]),
  mv("reinforce", "conditional", None, ["ديركو"], ["جادو"]),
  mv("deploy", "reported", "Libyan National Army", ["القطرون"], ["منفذ التوم", "تجرهي"]),
  mv("withdraw", "denied", "Libyan National Army", ["قاعدة الويغ"]),
 ],
 "qiy4": [
  mv("reinforce", "reported", "Algerian army", ["تمنراست"], ["عين قزام"]),
  mv("redeploy", "planned", "Algerian army", ["برج باجي مختار"], ["الحدود مع النيجر"]),
  mv("mobilise", "denied", "Algerian army", [], ["أساماكا"]),
  mv("advance", "conditional", "Algerian army", ["جانت"], ["المثلث الحدودي"]),
  mv("reinforce", "reported", "Libyan National Army", ["أوباري"], ["غات"]),
 ],
 "qiy5": [
  mv("airlift", "reported", None, ["نيامي"], ["ديفا"]),
  mv("deploy", "planned", None, ["ديفا"], ["حقل أغادم"]),
  mv("shipment", "reported", None, ["القطرون"], ["أغاديز"], ["تومو"]),
  mv("mobilise", "conditional", "Libyan National Army", [], ["أم الأرانب"]),
  mv("naval_landing", "denied", "Russian forces", [], ["ميناء لومي"]),
 ],
}

NOTES = {
 "qiy1": "Taqadoumy from Niamey (dateline and source city only): a Niger army column of ~50 vehicles Agadez→Dirkou "
         "across the Tenere desert, Libyan smugglers massing near "
         "Seguedine (actor null; their boss nicknamed 'السبهاوي' contains Sabha; Kawar 'between Bilma and Seguedine' "
         "is a from-to extent, not a move), a planned special-forces airlift "
         "Dirkou airport→Madama base, a conditional advance Madama→Toummo crossing, and a denied Africa Corps "
         "pull-out from Air Base 201 towards Mali; the Niger-side border with Libya, Qatrun and Sabha are only the "
         "smuggling route, Mali/Burkina/Niger the AES background and 'عجزاً مالياً' a common-word trap; the Niger "
         "army is not a canonical actor, so those moves have actor null.",
 "qiy2": "Bayane Al-Youm from Casablanca (الدار البيضاء contains the Libyan name البيضاء, which is not annotated "
         "separately): Russian landing ships Novorossiysk port→Tobruk port, a truck convoy of the equipment Tobruk→"
         "Brak air base via Al-Jufra air base, a planned air bridge from 'the same base' (anaphora → Brak air base)"
         " to Dirkou airport, a conditional Africa Corps withdrawal from Madama ('ما لم'), and a denied deployment "
         "near the Toummo crossing; Moscow is the speaker's city and the metonymic subject, Sharara only Russian "
         "business interest, Rabat/Morocco/Algeria/Niamey the Moroccan analysis.",
 "qiy3": "Al-Wiam from Agadez (dateline; Agadez Region is the source's district): a Chadian armed faction Kouri "
         "Bougoudi→the Djado plateau (جادو is Niger's Djado, not Libya's Jadu), a planned company Bilma→Chirfa, a "
         "conditional reinforcement Dirkou→Djado, the LNA 128 Battalion's patrols Qatrun→Toummo crossing and Tajarhi, "
         "and a denied LNA pull-out from Al Wigh base; Dirkou as the command's seat, the miners' home countries, "
         "'الجنوب الليبي' (purpose clause), N'Djamena, Tibesti and the Agadez–Sabha axis are not movement places; "
         "persons 'علي القطروني' and 'محمد إدريس ديبي' are traps.",
 "qiy4": "AL24 News from Algiers (dateline الجزائر = Algiers; later الجزائر = the country): reinforcements "
         "Tamanrasset→In Guezzam (spelled عين قزام), a planned battalion Bordj Badji Mokhtar→the border with Niger "
         "(Algerian side), a denied Algerian massing near Assamaka, a conditional advance Djanet→the border triangle,"
         " and an LNA reinforcement column Ubari→Ghat; Tripoli only the GNU's seat, the Assamaka crossing, Tin "
         "Zaouatine (drone incident), Niamey and Bamako are background; 'مالية' (the Malian drone) is a nisba trap.",
 "qiy5": "Madar21 from Rabat (dateline only): a Niger special-forces unit airlifted Niamey→Diffa, then planned to "
         "deploy from Diffa around the Agadem oil field, an intercepted arms convoy Qatrun→Agadez (spelled أغاديز) "
         "via Toummo (bare تومو = the crossing), a conditional LNA massing at Umm al-Aranib (spokesman named إدريس, "
         "town إدري only as smugglers' storage, Sabha the venue and inside the trap 'منطقة سبها العسكرية'), and a "
         "denied Africa Corps landing at Lome port; Tripoli, Benin's ports, Diffa Region and Lake Chad are "
         "background; 'تعبئة الموارد المالية' is a non-military mobilisation with a Mali look-alike.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qiy1", "qiy2", "qiy3", "qiy4", "qiy5")
