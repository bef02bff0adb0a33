# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                  # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                       # G
 "qatar": ("country", "QA", 25.36383, 51.13780, "Qatar"),                                # G
 # Niger
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                  # G
 "niamey_airport": ("airport", "NE", 13.48150, 2.18361, "Diori Hamani International Airport"),  # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                  # G (gazetteer spells أغاديس)
 "agadez_region": ("district", "NE", 19.42135, 10.68918, "Agadez Region"),               # G
 "agadez_airport": ("airport", "NE", 16.96600, 8.00011, "Mano Dayak International Airport"),  # G (row مطار أغاديس)
 "base201": ("base", "NE", 16.95030, 8.01390, "Niger Air Base 201"),                     # G
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                    # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                 # G
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                   # G
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Séguédine"),                        # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                 # G (row ماداما, kind base)
 "chirfa": ("village", "NE", 20.95000, 12.33330, "Chirfa"),                              # G
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado"),                                 # G (not Jadu, LY)
 "kawar": ("region", "NE", 18.90000, 12.90000, "Kawar"),                                 # G
 "tenere": ("region", "NE", 17.58330, 10.91670, "Ténéré desert"),                        # G (row صحراء تينيري)
 "tillaberi": ("district", "NE", 13.80396, 2.01328, "Tillabéri Region"),                 # G
 "north_ne": ("region", "NE", 20.11996, 11.22198, "Northern Niger"),                     # G
 "border_ne_ly": ("region", "NE", 22.30, 13.90, "Niger side of the Libya-Niger border"),  # K
 # Libya
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                                # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                            # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                            # G
 "wigh_base": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                    # G* (row قاعدة الويغ, written الويغ)
 "wigh_airport": ("airport", "LY", 24.18590, 14.53280, "Al Wigh Airport"),               # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G (row منفذ التوم)
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador pass"),                      # G* (row مثلث السلفادور)
 "tripoint": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libyan side of the Libya-Niger border"),  # G* (row الحدود الليبية النيجرية)
 "border_lyne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                      # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),          # G* (town row)
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "tobruk_base": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                 # G
 "benghazi_port": ("crossing", "LY", 32.10, 20.05, "Port of Benghazi"),                  # K
 # others
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                        # G (gazetteer spells كوري بوقودي)
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                               # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G (row الجزائر, city)
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                     # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                 # G
}

TRAPS = {
 "tz1": ["الأخبار", "النيجري", "منطقة عمليات الشمال", "الشمالية"],
 "tz2": ["النيجرية", "رصيف22", "التشاديين", "التشادية", "الأمريكيين", "الجيش الوطني الليبي", "كاليفورنيا الصحراء",
         "طرابلس للنقل"],
 "tz3": ["البوابة نيوز", "الجيش الوطني الليبي", "طارق بن زياد", "النيجري", "سالم القطروني"],
 "tz4": ["التناصح", "الفيلق الإفريقي", "ليبيا الأحرار", "الروسية", "الأمريكية", "الفرنسية", "محمد الإدريسي",
         "عبد السلام الطرابلسي", "روسياً"],
 "tz5": ["لوسيل", "النيجري", "الجيش الوطني الليبي", "فرانس برس", "الجزائرية", "الجزائري", "دعم مالي"],
}

PHEN = {
 "tz1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "border_phrase",
         "town_vs_district", "coverage_bases", "vague_area", "coverage_neighbours", "countries", "ambiguity_country_capital"],
 "tz2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "coverage_bases", "coverage_crossings", "vague_area", "coverage_neighbours", "countries", "ambiguity_tripoli"],
 "tz3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "border_phrase",
         "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries", "coverage_oil",
         "ambiguity_idri", "town_vs_district"],
 "tz4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries", "coverage_oil", "ambiguity_idri", "ambiguity_tripoli"],
 "tz5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries", "ambiguity_country_capital",
         "common_word_trap"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"
RU = "Russian forces"

MOVES = {
 "tz1": [
  mv("airlift", "reported", None, ["مطار نيامي"], ["بيلما"]),
  mv("redeploy", "reported", None, ["أرليت"], ["سيغيدين"], ["أغاديز", "ديركو", "تينيري"]),
  mv("shipment", "planned", None, ["أغاديز"], ["قاعدة ماداما"]),
  mv("advance", "conditional", None, ["شيرفا"], ["ممر السلفادور"]),
  mv("withdraw", "denied", None, ["ماداما"], ["تيلابيري"]),
 ],
 "tz2": [
  mv("deploy", "reported", None, ["ديركو"], ["جادو", "شيرفا"], ["سيغيدين"]),
  mv("withdraw", "reported", "Chadian armed groups", ["شيرفا"], ["كوري بوغودي"]),
  mv("withdraw", "reported", None, ["القاعدة الجوية 201"], []),
  mv("reinforce", "planned", None, ["بيلما"], ["سيغيدين"]),
  mv("mobilise", "conditional", None, [], ["سيغيدين"]),
  mv("advance", "denied", LNA, [], ["ماداما"], ["معبر تومو"]),
 ],
 "tz3": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الويغ"]),
  mv("deploy", "reported", LNA, ["الويغ"], ["منفذ التوم", "ممر السلفادور"]),
  mv("redeploy", "planned", LNA, ["مرزق"], ["تجرهي"]),
  mv("reinforce", "conditional", LNA, ["إدري"], ["القطرون"]),
  mv("withdraw", "denied", LNA, ["القطرون"], ["سبها"]),
 ],
 "tz4": [
  mv("shipment", "reported", RU, ["قاعدة براك الجوية"], ["ديركو"], ["سبها", "القطرون", "منفذ التوم"]),
  mv("naval_landing", "reported", RU, [], ["قاعدة طبرق البحرية"]),
  mv("naval_landing", "planned", RU, [], ["ميناء بنغازي"]),
  mv("airlift", "reported", RU, ["قاعدة الجفرة الجوية"], ["مطار أغاديز"]),
  mv("deploy", "planned", RU, [], ["القاعدة الجوية 201"]),
  mv("deploy", "conditional", LNA, ["سبها"], ["منفذ التوم"]),
  mv("withdraw", "denied", RU, ["قاعدة براك الجوية"], ["النيجر"]),
 ],
 "tz5": [
  mv("deploy", "reported", None, ["قاعدة ماداما"], ["تومو"]),
  mv("deploy", "reported", LNA, ["سبها"], ["منفذ التوم"], ["القطرون"]),
  mv("mobilise", "planned", None, [], ["أغاديز"]),
  mv("deploy", "planned", None, ["أغاديز"], ["ديركو", "سيغيدين", "ماداما"]),
  mv("withdraw", "conditional", LNA, ["تجرهي"], ["مرزق"]),
  mv("advance", "denied", "Algerian army", ["جانت"], ["ممر السلفادور"]),
 ],
}

NOTES = {
 "tz1": "Al-Akhbar Info (Nouakchott) from Niamey: the CNSP's new northern operations zone — a C-130 airlift Niamey "
        "airport→Bilma, an infantry company Arlit→Séguédine via Agadez, Dirkou and the Ténéré, a planned supply convoy "
        "Agadez→Madama base, a conditional National Guard advance Chirfa→the Salvador pass and a denied battalion "
        "pull-out Madama→Tillabéri; a Tebu/Tuareg delegation from Kawar to Agadez is not a movement.",
 "tz2": "Raseef22 feature from Agadez on the Djado gold fields (not Jadu in the Nafusa): a column Dirkou→Djado/Chirfa "
        "via Séguédine, Chadian gunmen pulling out of Chirfa towards Kouri Bougoudi, the 2024 US exit from Air Base 201 "
        "(flashback), a planned platoon Bilma→Séguédine to reinforce the garrison, a conditional Tebu mobilisation «هنا في الواحة» (= Séguédine) "
        "and a denied LNA patrol into Madama through the Toummo crossing; gold-seekers and fuel trucks are not movements.",
 "tz3": "Al-Bawaba News (Cairo) on the LNA's Niger-border plan: an airlift Benina air base→Al Wigh airport, desert "
        "patrols Al Wigh→the strip between the Toummo crossing and the Salvador pass, a planned company Murzuq→Tajarhi, "
        "a conditional Idri→Al Qatrun reinforcement and a denied pull-out Al Qatrun («البلدة»)→Sabha; a Nigerien "
        "military delegation's visit to Benghazi is not a movement; Colonel Salem al-Qatruni is a person trap.",
 "tz4": "Al-Tanasuh (Tripoli) on the Africa Corps: a Russian convoy Brak air base→Dirkou via Sabha, Al Qatrun and the "
        "Toummo crossing, a landing-ship delivery at Tobruk naval base and a planned second ship at Benghazi port, an Il-76 airlift Jufra air base→Agadez airport, planned trainers for Air Base 201, a "
        "conditional LNA escort Sabha→Toummo and a denied Russian evacuation of Brak air base to Niger; Brak and Jufra "
        "as places of presence are not movement places.",
 "tz5": "Lusail (Doha) wire copy from Niamey on Libya–Niger coordinated patrols: a Nigerien company Madama base→the "
        "Toummo post, an LNA patrol Sabha→the Toummo crossing via Al Qatrun, a planned mobilisation in Agadez and the "
        "planned spread Agadez→Dirkou/Séguédine/Madama, a conditional LNA pull-back Tajarhi→Murzuq and Algeria's "
        "denied advance Djanet→the Salvador pass; migrants crossing Toummo are not a movement.",
}

WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("tz1", "tz2", "tz3", "tz4", "tz5")
