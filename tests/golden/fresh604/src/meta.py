# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "guinea": ("country", "GN", 9.93192, -9.67529, "Guinea"),                              # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 # Niger
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "niamey_airport": ("airport", "NE", 13.48150, 2.18361, "Diori Hamani International Airport"),  # G (row مطار نيامي)
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G (gazetteer spelling أغاديس)
 "agadez_reg": ("district", "NE", 19.42135, 10.68918, "Agadez Region"),                 # G* (district row أغاديس)
 "airbase201": ("base", "NE", 16.95030, 8.01390, "Niger Air Base 201"),                 # G
 "agadez_airport": ("airport", "NE", 16.96600, 8.00011, "Mano Dayak International Airport"),  # G* (row مطار أغاديس)
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                   # G
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                          # G (row أسامكا)
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "dirkou_airport": ("airport", "NE", 18.96870, 12.86870, "Dirkou Airport"),             # G
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                  # G
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Séguédine"),                       # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "chirfa": ("village", "NE", 20.95000, 12.33330, "Chirfa"),                             # G
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado"),                                # G
 "agadem": ("oilfield", "NE", 16.2, 13.1, "Agadem oil field"),                        # K
 "tenere": ("region", "NE", 17.58330, 10.91670, "Ténéré desert"),                       # G
 "air_mts": ("region", "NE", 18.3, 8.7, "Aïr Mountains"),                               # K
 "border_ne_ly": ("region", "NE", 22.5, 13.9, "Niger-Libya border (Nigerien side)"),    # K
 "border_ne_dz": ("region", "NE", 21.21580, 8.29050, "Niger-Algeria border (Nigerien side)"),  # G* (row الحدود النيجرية الجزائرية)
 "sahel": ("region", "NE", 15.0, 5.0, "Sahel"),                                         # K
 # Algeria
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "inguezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                          # G* (row إن قزام, written عين قزام)
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border (Algerian side)"),  # G* (row الحدود الجزائرية النيجرية)
 "border_dz_ml": ("region", "DZ", 22.09206, -0.15677, "Algeria-Mali border (Algerian side)"),  # G* (row الحدود الجزائرية المالية)
 # Libya
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G (row منفذ التوم)
 "wigh_base": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                   # G
 "wigh_airport": ("airport", "LY", 24.18590, 14.53280, "Al Wigh Airport"),              # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                   # K
 # Chad, Sudan, others
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (city row خرطوم)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
}

TRAPS = {
 "wh1": ["صوت الساحل", "النيجرية", "درع تينيري", "إدريس محمدو", "الجانب الليبي", "الجبهة الوطنية للتحرير", "البنينية"],
 "wh2": ["مونت كارلو الدولية", "الجيش النيجري", "الإيطالية", "الدعم المالي"],
 "wh3": ["القدس العربي", "الفيلق الأفريقي", "النيجرية", "الجيش النيجري", "التركية", "الروسية", "قاعدة ليبية",
         "عمر الطرابلسي"],
 "wh4": ["الجيش الوطني الشعبي", "الشعب", "الناحية العسكرية السادسة", "جزائرية", "النيجرية", "صحيفة نيجرية",
         "الجيش النيجري", "تحالف دول الساحل"],
 "wh5": ["السوداني", "سودانيون", "اللواء طارق بن زياد", "مصدر عسكري ليبي", "الجديد", "حركة تحرير السودان", "تشادية",
         "الجانب النيجري", "النيجرية", "حسن القطروني", "التشاديين", "محمد عبد الله إدريس", "التشادي"],
}

PHEN = {
 "wh1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "wh2": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "wh3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "wh4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "wh5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "wh1": [
  mv("reinforce", "reported", None, ["أغاديز"], ["ديركو"]),
  mv("airlift", "reported", None, ["نيامي"], ["مطار ديركو"]),
  mv("reinforce", "planned", None, ["ديركو"], ["قاعدة ماداما"], ["سيغيدين"]),
  mv("advance", "conditional", None, ["ماداما"], ["منفذ التومو"]),
  mv("withdraw", "denied", None, ["بيلما"], ["أغاديز"]),
 ],
 "wh2": [
  mv("deploy", "reported", None, ["أغاديز"], ["ديركو"]),
  mv("reinforce", "conditional", None, ["ديركو"], ["سيغيدين"]),
  mv("deploy", "planned", None, ["أرليت"], ["أسامكا"]),
  mv("redeploy", "denied", None, ["أرليت"], ["نيامي"]),
  mv("mobilise", "reported", None, [], ["ديركو"]),
 ],
 "wh3": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["مطار نيامي"]),
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
  mv("shipment", "reported", "Russian forces", ["ميناء طبرق"], ["قاعدة الجفرة الجوية"]),
  mv("naval_landing", "planned", "Russian forces", [], ["ميناء طبرق"]),
  mv("deploy", "reported", "Russian forces", ["نيامي"], ["القاعدة الجوية 201"]),
  mv("redeploy", "planned", "Turkish armed forces", ["القاعدة الجوية 201"], ["مطار ديركو"]),
  mv("deploy", "conditional", "Russian forces", [], ["ماداما"]),
  mv("deploy", "denied", "Russian forces", ["الجنوب الليبي"], ["أغاديز"], ["منفذ التوم"]),
 ],
 "wh4": [
  mv("reinforce", "reported", "Algerian army", ["تمنراست"], ["عين قزام"]),
  mv("deploy", "planned", "Algerian army", ["عين قزام"], ["الحدود مع النيجر"]),
  mv("advance", "denied", "Algerian army", [], ["أساماكا"]),
  mv("reinforce", "conditional", None, ["أغاديس"], ["أرليت"]),
  mv("mobilise", "reported", None, [], ["أرليت"]),
 ],
 "wh5": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["القطرون"]),
  mv("deploy", "planned", "Libyan National Army", ["القطرون"], ["منفذ التوم"], ["قاعدة الويغ"]),
  mv("airlift", "conditional", "Libyan National Army", ["مطار سبها"], ["مطار الويغ"]),
  mv("deploy", "denied", "Sudanese armed groups", ["كوري بوقودي"], ["جادو"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["قاعدة الويغ"]),
  mv("reinforce", "reported", None, [], ["ماداما"]),
  mv("withdraw", "reported", "Chadian armed groups", ["كوري بوقودي"], ["فزان"]),
 ],
}

NOTES = {
 "wh1": "Nigerien state radio (Arabic bulletin): a 38-vehicle column Agadez→Dirkou and a C-130 Niamey→Dirkou airport "
        "(Niamey also the dateline), a planned move Dirkou→Madama base via Séguédine (the 'about 100 km from the border "
        "with Libya' is the garrison's position, not a movement place), a conditional advance Madama→the Toummo crossing "
        "(Al Qatrun only the smugglers' destination), a denied pull-out Bilma→Agadez; the Agadez–Dirkou road 'across the "
        "Ténéré', Djado, southern Libya, the minister's visit to Tripoli and the ambush near Chirfa are no movement "
        "places. Nigerien army has no canonical actor: null. 'إدريس محمدو' contains Idri; 'درع تينيري' is an operation.",
 "wh2": "Monte Carlo Doualiya from Agadez: an army escort Agadez→Dirkou with a migrant convoy (the convoy itself and the "
        "migrants' onward route via Séguédine and the Toummo crossing to Al Qatrun and Tripoli are civilian, not "
        "movements), a conditional reinforcement Dirkou→Séguédine (Bilma only a distance reference), Algerian expulsions "
        "to Assamaka near In Guezzam (civilian), a planned company Arlit→Assamaka, and a denied transfer of the Arlit "
        "battalion to Niamey; the border with Algeria is only what the battalion protects. 'الدعم المالي' is a common-word "
        "trap beside Mali the country. Nigerien army: actor null.",
 "wh3": "Al-Quds Al-Arabi from Niamey: a Russian Il-76 Al Jufra air base→Niamey airport with Africa Corps personnel, 40 "
        "Russian instructors Niamey→Air Base 201 ('near Agadez' only locates the base; Mano Dayak airport is only "
        "mentioned), a planned Turkish team with two drones Air Base 201→Dirkou airport (the Toummo crossing is what they "
        "will watch, not a destination), a conditional Russian move to Madama, and a denied crossing of 200 Africa Corps "
        "fighters from southern Libya to Agadez via the Toummo crossing. Ankara, Moscow, Turkey, Algeria, Tripoli and "
        "Niamey as the embassy's seat are no movement places.",
 "wh4": "Echaab from Tamanrasset: Algerian reinforcements Tamanrasset→In Guezzam (written عين قزام), a planned deployment "
        "from In Guezzam along the border with Niger, a denied Algerian incursion into Assamaka (Algiers only the seat of "
        "the ministry), and a conditional Nigerien reinforcement Agadez→Arlit if miners' protests spread (actor null). "
        "Expelled migrants, gold miners moving between Djado and the Aïr, the Sahel, Chad, Sudan, Mali and the border "
        "with Mali (the drone incident) are no movement places. 'الشعب' is the outlet and sits inside 'الشعبي'.",
 "wh5": "Al-Sudani from Khartoum: an LNA (Tariq bin Ziyad brigade) column Sabha→Al Qatrun, a planned move Al Qatrun→the "
        "Toummo crossing via Al Wigh base (the border with Niger is where the posts are, not a separate destination), a "
        "conditional airlift Sabha airport→Al Wigh airport, a denied transfer of Sudanese fighters Kouri Bougoudi (Chad)→"
        "the Djado gold fields (Niger; not Jadu in Libya), and a Nigerien reinforcement of the Madama garrison (no "
        "origin written; actor null). Gold-caravan guards between Kouri Bougoudi and Al Qatrun, Fezzan, Tripoli and "
        "Benghazi as seats are no movement places; 'حسن القطروني' is a person.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("wh1", "wh2", "wh3", "wh4", "wh5")
