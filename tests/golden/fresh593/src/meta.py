# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                   # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                     # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 # Kufra and the Libyan south-east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                      # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                   # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),                 # G* (town row)
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra district"),                 # G
 "jawf": ("town", "LY", 24.19890, 23.29093, "Al Jawf (Kufra)"),                             # G* (Kufra town row, alias)
 "hawari": ("village", "LY", 24.31667, 23.16667, "Al Hawwari"),                             # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                                  # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                   # G* (row قاعدة معطن السارة)
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                                # K
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),     # G* (row مثلث العوينات)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),     # G* (row الحدود الليبية السودانية)
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                   # G* (row جنوب شرق ليبيا)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                        # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                        # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                                # G
 # Libyan east and north
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                           # G* (row قاعدة بنينا الجوية)
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),   # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),                   # K
 "tobruk_port": ("crossing", "LY", 32.074, 23.972, "Port of Tobruk"),                       # K
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                        # G* (row قاعدة الخادم)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 # Sudan
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                             # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                                # G* (row خرطوم)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                   # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                    # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                                 # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                    # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                  # G
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                          # G
 "karb_altom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                         # G
 "dabba": ("town", "SD", 18.05, 30.95, "Ed Debba"),                                         # K
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),                # G
 "tina_sd": ("town", "SD", 15.04, 22.84, "Tina (North Darfur)"),                            # K
 "border_sd_td": ("region", "SD", 15.27115, 23.08771, "Sudan-Chad border (Sudanese side)"), # G* (row الحدود السودانية التشادية)
 "argeen": ("crossing", "SD", 22.00000, 31.25000, "Argeen land port"),                      # G
 # Chad
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                               # G* (row نجامينا)
 "amdjarass_airport": ("airport", "TD", 16.06666, 22.83536, "Amdjarass Airport"),           # G* (town row أم جرس)
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 "kharga": ("town", "EG", 25.45101, 30.54653, "Al Kharga"),                                 # G
 "border_eg_sd": ("region", "EG", 22.10, 28.70, "Egypt-Sudan border (Egyptian side, south of East Oweinat)"),  # K
 "east_oweinat": ("region", "EG", 22.58570, 28.71660, "East Oweinat"),                      # G* (row مطار شرق العوينات)
 # elsewhere
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "algiers_airport": ("airport", "DZ", 36.69100, 3.21541, "Houari Boumediene Airport"),      # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                    # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),    # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                      # G
 "djibouti_city": ("city", "DJ", 11.58901, 43.14503, "Djibouti"),                           # G
}

TRAPS = {
 "vw1": ["الجيش السوداني", "سونا", "القوات المسلحة السودانية", "الدعم السريع", "الكولومبية", "الجيش الوطني الليبي",
         "سبل السلام", "الليبية", "السودانيين"],
 "vw2": ["الشرق الأوسط", "لواء طارق بن زياد", "السودانيين", "جزائرية", "الأنباء السارة", "سبل السلام", "سودانية",
         "الدعم السريع"],
 "vw3": ["القدس العربي", "الدعم السريع", "المياه المالحة", "خالد الطرابلسي", "الجيش المصري", "الجيش الوطني الليبي",
         "الجيش السوداني", "الليبية"],
 "vw4": ["سبل السلام", "السوداني", "الجيش الوطني الليبي", "الدعم السريع", "التشادية", "محمد إدريس ديبي", "الليبية"],
 "vw5": ["بوابة إفريقيا الإخبارية", "الجيش الوطني الليبي", "سبل السلام", "إدريس الزوي", "تشادية", "السودانيين",
         "الجوفية"],
}

PHEN = {
 "vw1": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "vague_area",
         "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "vw2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "vw3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "border_phrase", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "vw4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "vw5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "vw1": [
  mv("airlift", "reported", "Foreign fighters", ["قاعدة الخادم الجوية"], ["مطار الكفرة"]),
  mv("reinforce", "reported", "Foreign fighters", ["الكفرة"], ["المالحة"], ["المثلث الحدودي"]),
  mv("advance", "planned", "Sudanese armed groups", ["الدبة"], ["وادي هور"]),
  mv("reinforce", "conditional", "Sudanese armed groups", [], ["كرب التوم"]),
  mv("withdraw", "denied", "Libyan National Army", ["جبل العوينات"]),
 ],
 "vw2": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("deploy", "reported", "Libyan National Army", [], ["قاعدة معطن السارة الجوية"]),
  mv("naval_landing", "planned", "Libyan National Army", ["ميناء طبرق"], ["ميناء بنغازي"]),
  mv("advance", "conditional", "Libyan National Army", [], ["الحدود مع السودان"]),
  mv("airlift", "denied", "Sudanese armed groups", [], ["مطار الكفرة"]),
 ],
 "vw3": [
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["المالحة"], ["وادي هور"]),
  mv("reinforce", "reported", "Sudanese armed groups", ["مليط"], ["المالحة"]),
  mv("redeploy", "planned", "Egyptian army", ["الخارجة"], ["شرق العوينات"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["جبل العوينات"]),
  mv("advance", "denied", "Sudanese armed groups", [], ["الكفرة"]),
 ],
 "vw4": [
  mv("reinforce", "reported", "Libyan National Army", ["الكفرة"], ["الحدود مع السودان"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["كرب التوم"], ["الطينة"]),
  mv("mobilise", "conditional", "Sudanese armed groups", [], ["الطينة"]),
  mv("redeploy", "planned", "Sudanese armed groups", ["المالحة"], ["وادي هور"]),
  mv("airlift", "denied", "Foreign fighters", [], ["مطار أم جرس"]),
 ],
 "vw5": [
  mv("shipment", "reported", "Libyan National Army", ["اجدابيا"], ["الكفرة"], ["جالو", "حقل السرير"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء طبرق"], ["ميناء بنغازي"]),
  mv("redeploy", "planned", "Libyan National Army", ["الكفرة"], ["ربيانة"]),
  mv("advance", "conditional", "Libyan National Army", [], ["جبل العوينات"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["ربيانة"]),
 ],
}

NOTES = {
 "vw1": "SUNA carries the Sudanese army's claims: an Il-76 airlift of (mostly Colombian) mercenaries Al-Khadim air "
        "base→Kufra airport and their road move Kufra→Al Malha via the border triangle (reported: carried as the "
        "army's statement and not denied by anyone); the joint force's planned advance Al Dabba→Wadi Howar and its "
        "conditional reinforcement of Karb al-Tom (El Fasher only in the condition); Subul al-Salam denies pulling "
        "out of Jebel Uweinat. Port Sudan is the dateline, Tripoli the seat of the GNU, North Darfur and the Northern "
        "State locators, the refugees' flight from Al Malha and Mellit to Kufra is civilian and the closing '300 km "
        "south-east of Kufra' a distance reference.",
 "vw2": "Kufra airport's mixed traffic: an LNA C-130 Benina air base→Kufra airport carrying a Tariq bin Ziyad unit "
        "(trap), the unit's onward move to Maaten al-Sarra air base (no origin written; Kufra only in '300 km "
        "south-west of Kufra'); Algerian and WFP aid flights (Houari Boumediene airport in Algiers, Benina airport in "
        "Benghazi) are not forces; a planned landing-ship transfer Tobruk port→Benghazi port; Subul al-Salam's "
        "conditional advance to the Sudan border (North Darfur and Jebel Uweinat only in the condition); a denied "
        "landing of RSF wounded and fighters at Kufra airport. Cairo is the dateline; 'الأنباء السارة' a common-word trap.",
 "vw3": "Refugees and fuel on the same roads: an RSF-escorted tanker convoy Kufra→Al Malha via Wadi Howar (a driver's "
        "testimony, not denied), an RSF column Mellit→Al Malha (satellite images), refugee trucks Al Malha→Kufra and a "
        "Lebanese aid ship Tripoli (Lebanon) port→Benghazi port (civilian, not movements), Egypt's planned battalion "
        "Kharga→East Oweinat (the Egypt–Sudan border a locator), the LNA's conditional deployment at Jebel Uweinat and the RSF's "
        "denied entry into Kufra. London is the dateline; Libyan Tripoli the GNU seat; the Kufra–Sarir road background.",
 "vw4": "Al-Sudani: a Subul al-Salam reinforcement Kufra→the Sudan border, the joint force's pull-back Karb al-Tom→Tina "
        "(on the border with Chad, a locator) and its conditional 'النفير' in Tina, the RSF's planned move Al Malha→Wadi "
        "Howar, and Chad's denial (N'Djamena = the government's seat) that mercenaries' planes landed at Amdjarass "
        "airport. Refugees via Argeen to Egypt, the Djibouti IGAD meeting and the Port Sudan foreign ministry are not "
        "movement places; the last sentence's Kufra and Tina only describe the border area.",
 "vw5": "A desert convoy: LNA fuel-and-ammunition trucks Ajdabiya→Kufra via Jalu and the Sarir field (headline repeats "
        "it), escort armour landed at Benghazi port from Tobruk port, a planned Subul al-Salam company Kufra→Rebiana, a "
        "conditional advance to Jebel Uweinat (the Sudan border only in the condition), and a denied massing of Chadian "
        "opposition groups near Rebiana. Kufra is also the dateline; Al Jawf and Al Hawari only host camps; Benghazi "
        "the seat of the authorities asked to repair the Jalu–Kufra road (a civilian route, not a movement).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("vw1", "vw2", "vw3", "vw4", "vw5")
