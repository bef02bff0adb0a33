# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                 # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                   # G
 # the triangle and its mountains
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),       # G (row مثلث العوينات)
 "jebel_uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                        # K
 "arkenu": ("region", "LY", 22.25, 24.73, "Jebel Arkenu"),                                # G
 "border_sd_ly": ("region", "SD", 20.8, 25.3, "Sudan-Libya border (Sudanese side)"),         # K
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 # Egypt
 "east_oweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat (Sharq al-Owainat)"),   # G* (airport row, as town)
 "east_oweinat_airport": ("airport", "EG", 22.58570, 28.71660, "Sharq El Owainat Airport"),  # G
 "kharga": ("town", "EG", 25.45101, 30.54653, "Kharga"),                                  # G
 "baris": ("town", "EG", 24.6683, 30.6008, "Baris"),                                      # K (gazetteer باريس = Paris)
 "aswan": ("city", "EG", 24.09082, 32.89942, "Aswan"),                                    # G
 "abu_simbel": ("town", "EG", 22.3372, 31.6258, "Abu Simbel"),                            # K
 "new_valley": ("district", "EG", 24.79939, 28.92955, "New Valley Governorate"),          # G
 "western_desert": ("region", "EG", 25.70408, 28.49824, "Western Desert (Egypt)"),        # G* (row غرب مصر)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                    # G
 # Sudan
 "karb_al_tom": ("region", "SD", 19.5, 24.5, "Karb al-Tom"),                              # G
 "atrun": ("village", "SD", 18.18, 26.65, "Al-Atrun (Bir Natrun oasis)"),                 # K
 "wadi_howar": ("region", "SD", 17.0, 26.0, "Wadi Howar"),                                # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                  # G
 "darfur": ("region", "SD", 13.5, 24.5, "Darfur"),                                        # G
 "malha": ("town", "SD", 15.1333, 26.2, "Al Malha"),                                      # G
 "mellit": ("town", "SD", 14.13333, 25.55, "Mellit"),                                     # G
 "kutum": ("town", "SD", 14.2, 24.66667, "Kutum"),                                        # G
 "el_fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                            # G
 "dabba": ("town", "SD", 18.05, 30.95, "Ad Dabbah"),                                      # G (row الدبه)
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                                # G
 "dongola_airport": ("airport", "SD", 19.1539, 30.4306, "Dongola Airport"),               # K
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                          # G
 "wadi_halfa": ("town", "SD", 21.79577, 31.37129, "Wadi Halfa"),                          # G (row وادى حلفا)
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),              # G
 "omdurman": ("city", "SD", 15.64453, 32.47773, "Omdurman"),                              # G
 # Libya
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                    # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                 # G
 "matan_sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),           # G
 "rebiana": ("town", "LY", 24.233, 21.983, "Rebiana"),                                    # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                         # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                              # G
}

TRAPS = {
 "qz1": ["الشروق", "درب الأربعين", "عبد الرحمن الأسواني", "قوات الدعم السريع", "المصرية", "السودانيين", "السودانية"],
 "qz2": ["راديو دبنقا", "الطيب الدنقلاوي", "يبيع العطرون", "قوات الدعم السريع", "كتيبة سبل السلام", "سوداني",
         "الليبية"],
 "qz3": ["الراكوبة", "سوق ليبيا", "قوات الدعم السريع", "الليبية"],
 "qz4": ["يورونيوز", "أم أحمد الفاشرية", "غير السارة", "الجيش الوطني الليبي", "كتيبة سبل السلام", "قوات الدعم السريع",
         "السودانية", "الجيش السوداني"],
 "qz5": ["المشهد", "لواء طارق بن زياد", "العقيد فرج السوداني", "السوداني", "شارع جمال عبد الناصر", "الجيش الليبي",
         "حرس الحدود المصري", "كتيبة سبل السلام", "حكومة الوحدة الوطنية", "سوداني", "الليبية"],
}

PHEN = {
 "qz1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "vague_area",
         "coverage_neighbours", "countries"],
 "qz2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "operation_trap", "nisba",
         "vague_area", "coverage_neighbours", "countries"],
 "qz3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "coverage_neighbours", "countries"],
 "qz4": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "operation_trap", "nisba",
         "vague_area", "coverage_neighbours", "countries"],
 "qz5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "vague_area",
         "border_phrase", "ambiguity_country_capital", "coverage_bases", "coverage_neighbours", "countries"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qz1": [
  _m("reinforce", "reported", "Egyptian army", ["الخارجة"], ["شرق العوينات"], ["باريس"]),
  _m("airlift", "planned", "Egyptian army", ["أسوان"], ["مطار شرق العوينات"]),
  _m("deploy", "conditional", "Egyptian army", [], ["المثلث الحدودي"]),
  _m("advance", "reported", "Sudanese armed groups", ["وادي هور"], ["كرب التوم"]),
  _m("redeploy", "denied", "Egyptian army", ["أبو سمبل"], ["العوينات"]),
 ],
 "qz2": [
  _m("reinforce", "reported", "Sudanese armed groups", ["المالحة"], ["العطرون"], ["وادي هور"]),
  _m("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["كرب التوم"], ["جبل العوينات"]),
  _m("advance", "planned", "Sudanese armed groups", ["الدبة"], ["العطرون"]),
  _m("withdraw", "denied", "Sudanese armed groups", ["كرب التوم"], ["مليط"]),
  _m("deploy", "conditional", "Libyan National Army", [], ["جبل العوينات"]),
 ],
 "qz3": [
  _m("reinforce", "reported", None, ["دنقلا"], ["الدبة"]),
  _m("airlift", "reported", None, ["بورتسودان"], ["مطار دنقلا"]),
  _m("deploy", "planned", None, [], ["وادي حلفا"]),
  _m("mobilise", "denied", "Sudanese armed groups", [], ["العطرون"]),
  _m("withdraw", "conditional", "Sudanese armed groups", ["كرب التوم"], ["المالحة"]),
 ],
 "qz4": [
  _m("shipment", "reported", None, ["الكفرة"], ["شمال دارفور"], ["جبل العوينات"]),
  _m("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["الكفرة"]),
  _m("deploy", "planned", "Libyan National Army", [], ["ربيانة"]),
  _m("shipment", "denied", "Libyan National Army", ["الكفرة"], ["السودان"]),
  _m("advance", "conditional", "Sudanese armed groups", ["كرب التوم"], ["جبل العوينات"]),
 ],
 "qz5": [
  _m("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  _m("reinforce", "reported", "Libyan National Army", ["الكفرة"], ["جبل العوينات"], ["جبل أركنو"]),
  _m("deploy", "planned", "Egyptian army", ["شرق العوينات"], ["مثلث العوينات"]),
  _m("withdraw", "denied", "Libyan National Army", ["قاعدة معطن السارة"], []),
  _m("reinforce", "conditional", "Libyan National Army", ["أجدابيا"], ["الكفرة"]),
 ],
}

NOTES = {
 "qz1": ("Al-Shorouk (Kharga): Egyptian border guards reinforce East Oweinat from Kharga via Baris (reported; the "
         "agronomist's sighting is the same move), a planned Aswan→East Oweinat airport airlift, a conditional battalion "
         "for the triangle «في حال», the RSF's reported advance Wadi Howar→Karb al-Tom and a denied Abu Simbel→«العوينات» "
         "redeploy (headline repeats it). Baris (باريس, not Paris); Aswan inside the trap الأسواني; the Western Desert is "
         "Egypt's, not Western Sahara; safari trips, refugees and hospitals are not movements; Jebel Uweinat is only a "
         "locator."),
 "qz2": ("Radio Dabanga (Kufra): an RSF reinforcement Al Malha→Al-Atrun via Wadi Howar, an RSF-escorted fuel-and-ammo "
         "convoy Kufra→Karb al-Tom via Jebel Uweinat, the joint force's planned advance Al-Dabba→Al-Atrun, the RSF's "
         "denied pull-out Karb al-Tom→Mellit and Subul al-Salam's conditional patrols to Jebel Uweinat «إذا». Refugees "
         "from Mellit/Kutum to Kufra are civilians; «يبيع العطرون» is natron, the commodity; الدنقلاوي is a person."),
 "qz3": ("Al-Rakoba (Dongola): Sudanese army reinforcement Dongola→Al-Dabba and a Port Sudan→Dongola airport airlift "
         "(actor null: a state army outside the canonical list), a planned force for Wadi Halfa, the RSF's denied "
         "massing at Al-Atrun (Al-Dabba is only the alleged target) and a conditional RSF pull-out Karb al-Tom→Al Malha "
         "«إذا». «سوق ليبيا» in Omdurman is a market; fleeing civilians El Fasher→Kufra are not movements."),
 "qz4": ("Euronews Arabic (Kufra): a reported arms shipment Kufra→North Darfur via Jebel Uweinat (UN experts, owner "
         "unnamed: null), an LNA reinforcement Benghazi→Kufra last month, a planned company at Rebiana, the LNA's denied "
         "fuel shipment Kufra→Sudan and an RSF conditional advance Karb al-Tom→Jebel Uweinat «إذا». The refugee's trip "
         "El Fasher→Kufra via Wadi Howar and the triangle is civilian; الفاشرية is a nickname; «غير السارة» is 'unpleasant'."),
 "qz5": ("Al-Mashhad (Benghazi): an LNA airlift Benina air base→Kufra airport, a Tariq bin Ziyad reinforcement "
         "Kufra→Jebel Uweinat via Jebel Arkenu (the headline's «تعزيزات إلى مثلث العوينات» is the same move), planned "
         "joint patrols East Oweinat→the triangle (actor Egyptian army), a denied pull-out from Maaten al-Sarra base and "
         "a conditional battalion Ajdabiya→Kufra «إذا». The delegation's visit to Cairo and the stranded refugees are not "
         "movements; السوداني is the spokesman's surname; شارع جمال عبد الناصر is a street."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qz1", "qz2", "qz3", "qz4", "qz5")
