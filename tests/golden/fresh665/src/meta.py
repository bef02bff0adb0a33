# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "usa": ("country", "US", 37.24635, -99.69832, "United States"),                        # G
 "nigeria": ("country", "NG", 9.07750, 7.93472, "Nigeria"),                             # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                      # G
 # capitals and cities outside the Niger-Libya frontier
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "niamey_airport": ("airport", "NE", 13.48150, 2.18361, "Diori Hamani International Airport"),  # G (row مطار نيامي)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "tobruk_port": ("crossing", "LY", 32.072, 23.975, "Port of Tobruk"),                   # K
 "lome_port": ("crossing", "TG", 6.135, 1.280, "Port of Lomé"),                         # K
 # Agadez and the Nigerien north
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "agadez_reg": ("district", "NE", 19.42135, 10.68918, "Agadez region"),                 # G (district row NE-1)
 "agadez_mun": ("district", "NE", 16.97333, 7.99111, "Agadez urban commune"),           # G* (city row)
 "agadez_airport": ("airport", "NE", 16.96600, 8.00011, "Mano Dayak International Airport"),  # G
 "airbase201": ("base", "NE", 16.95030, 8.01390, "Niger Air Base 201"),                 # G
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                   # G
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                          # G (row spelled أسامكا)
 "air": ("region", "NE", 18.5, 8.7, "Aïr Mountains"),                                   # K
 "tenere": ("region", "NE", 17.58330, 10.91670, "Ténéré desert"),                       # G
 "north_niger": ("region", "NE", 20.11996, 11.22198, "Northern Niger"),                 # G
 "sahel": ("region", "NE", 15.0, 3.0, "Sahel"),                                         # K
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "dirkou_airport": ("airport", "NE", 18.96870, 12.86870, "Dirkou Airport"),             # G
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                  # G
 "bilma_dept": ("district", "NE", 18.68532, 12.91643, "Bilma department"),              # G* (town row)
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Séguédine"),                       # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado plateau"),                        # G
 "chirfa": ("village", "NE", 20.95000, 12.33330, "Chirfa"),                             # G
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador Pass"),                     # G* (row مثلث السلفادور)
 "agadem": ("oilfield", "NE", 16.5, 13.2, "Agadem oil field"),                          # K
 "border_ne_ly": ("region", "NE", 22.7, 13.5, "Niger-Libya border (Nigerien side)"),    # K
 "border_ne_td": ("region", "NE", 18.35106, 15.48017, "Niger-Chad border (Nigerien side)"),  # G* (row الحدود النيجرية التشادية)
 "border_ne_dz": ("region", "NE", 21.21580, 8.29050, "Niger-Algeria border (Nigerien side)"),  # G* (row الحدود النيجرية الجزائرية)
 # Chad
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G (row spelled كوري بوقودي)
 # the Libyan side
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                           # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                    # G
 "nafusa": ("region", "LY", 30.33380, 13.28744, "Jabal Nafusa"),                        # G* (row الجبل الغربي, region)
}

TRAPS = {
 "yq1": ["الجيش النيجري", "وكالة الأنباء النيجرية", "تيلي ساحل", "درع تينيري", "موسى إدريسا", "إذاعة فرنسا الدولية",
         "الجيش الوطني الليبي", "الليبية", "الفرنسيين"],
 "yq2": ["لو ساحل", "الفيلق الإفريقي", "النيجري", "الأمريكيين", "طارق بن زياد", "الجيش الوطني الليبي", "الجار الليبي"],
 "yq3": ["مسلحون تشاديون", "آير إنفو", "مسلح تشادي", "التشاديين", "البيضاء", "قوات الدعم السريع السودانية", "السودانيين"],
 "yq4": ["صحارى إف إم", "النيجري", "طارق بن زياد", "الجيش الوطني الليبي", "المجلس العسكري لإنقاذ الجمهورية",
         "فصيل تشادي", "إدريس محمدو", "الوقود الليبي"],
 "yq5": ["مرتزقة سوريين", "أكتو نيجر", "مرتزق سوري", "تحالف دول الساحل", "الفيلق الإفريقي", "نيجرية تشادية",
         "الجيش الوطني الليبي", "اللبنانية", "الوقود الليبي", "مالياً", "إدريس ديبي"],
}

PHEN = {
 "yq1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri", "vague_area",
         "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "yq2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "yq3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "yq4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "yq5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "yq1": [
  mv("reinforce", "reported", None, ["أغاديس"], ["ديركو"], ["صحراء تينيري"]),
  mv("redeploy", "planned", None, ["ديركو"], ["قاعدة ماداما"]),
  mv("advance", "conditional", None, [], ["ممر السلفادور"]),
  mv("withdraw", "denied", None, ["سيغيدين"], ["ديركو"]),
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["منفذ التوم"], ["القطرون"]),
 ],
 "yq2": [
  mv("airlift", "reported", "Russian forces", ["نيامي"], ["القاعدة الجوية 201"]),
  mv("shipment", "reported", "Russian forces", ["ميناء لومي"], ["نيامي"]),
  mv("deploy", "planned", None, ["أغاديز"], ["أرليت"]),
  mv("reinforce", "conditional", None, ["أرليت"], ["أساماكا"]),
  mv("advance", "denied", "Libyan National Army", ["حقل الشرارة"], ["ماداما"], ["منفذ التوم"]),
 ],
 "yq3": [
  mv("mobilise", "reported", "Chadian armed groups", ["كوري بوغودي"], ["جادو"], ["الحدود مع تشاد"]),
  mv("deploy", "reported", None, ["ديركو"], ["شيرفا"]),
  mv("shipment", "reported", None, ["بيلما"], ["شيرفا"]),
  mv("airlift", "planned", None, ["القاعدة الجوية 201"], ["مطار ديركو"]),
  mv("withdraw", "conditional", None, ["شيرفا"], ["ديركو"]),
  mv("deploy", "denied", "Sudanese armed groups", ["القطرون"], ["جادو"], ["منفذ التوم"]),
 ],
 "yq4": [
  mv("airlift", "reported", None, ["مطار نيامي"], ["مطار أغاديس"]),
  mv("deploy", "planned", None, ["أغاديس"], ["ممر السلفادور"], ["ديركو", "شيرفا"]),
  mv("redeploy", "reported", "Libyan National Army", ["سبها"], ["قاعدة الويغ"], ["أم الأرانب", "القطرون"]),
  mv("advance", "conditional", "Libyan National Army", ["الويغ"], ["ممر السلفادور"]),
  mv("mobilise", "denied", "Chadian armed groups", ["أم الأرانب"], ["ممر السلفادور"]),
 ],
 "yq5": [
  mv("airlift", "denied", "Syrian mercenaries", ["طرابلس"], ["نيامي"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["مطار ديوري حماني الدولي"]),
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
  mv("naval_landing", "planned", "Russian forces", [], ["ميناء بنغازي"]),
  mv("deploy", "planned", None, ["قاعدة ماداما"], ["منفذ التوم"]),
  mv("deploy", "planned", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("reinforce", "conditional", None, ["أغاديس"], ["ديركو"]),
 ],
}

NOTES = {
 "yq1": "ANP from Niamey: a Nigerien battalion Agadez→Dirkou across the Ténéré (reinforce; actor null: the Nigerien "
        "army is not a canonical actor), a planned company Dirkou→Madama base, a conditional advance to the Salvador "
        "Pass (the 'armed convoys from southern Libya' are only the condition), a denied pull-out Séguédine→Dirkou "
        "(RFI claim; the trap إذاعة فرنسا الدولية), and an LNA deployment Sabha→Toummo crossing via Al Qatrun. Bilma and "
        "Séguédine in the commander's 'road between' are no movement places; Niamey is the dateline, Agadez–Libya "
        "the smuggling road of the background.",
 "yq2": "Le Sahel from Niamey: a Russian Il-76 Niamey→Air Base 201 (Agadez only locates the base), an earlier "
        "equipment convoy Lomé port→Niamey escorted by Russians (shipment), a planned battalion Agadez→Arlit, a "
        "conditional reinforcement Arlit→Assamaka (the border with Algeria only a distance reference), and the LNA "
        "Tariq Ben Ziyad column Sharara field→Madama via Toummo, denied. Algiers (FM's trip), Tripoli and Benghazi "
        "(PM's talks), Niamey/Moscow, the Sahel, Mali and Burkina Faso are no movement places.",
 "yq3": "Aïr Info from Agadez: Chadian gunmen massing on the Djado plateau from Kouri Bougoudi across the border with "
        "Chad (mobilise), a company Dirkou→Chirfa and fuel/ammunition trucks Bilma→Chirfa, a planned airlift Air Base "
        "201→Dirkou airport, a conditional return Chirfa→Dirkou (Djado in the condition is no movement place there), "
        "and RSF fighters Al Qatrun→Djado via Toummo, denied. جادو is twice the Nigerien plateau and once the Libyan "
        "town Jadu in Jabal Nafusa (a trader's origin, not a movement).",
 "yq4": "Sahara FM from Agadez: a C-130 Niamey airport→Agadez airport, a planned overland move Agadez→the Salvador Pass "
        "via Dirkou and Chirfa, LNA Tariq Ben Ziyad units Sabha→Al Wigh base via Umm al-Aranib and Al Qatrun (Toummo "
        "only a distance reference), their conditional advance Al Wigh→Salvador (Niamey only the condition), and the "
        "CCMSR's denied massing in the Salvador Pass with fighters from Umm al-Aranib. الجزائر is the country twice "
        "and the city once (meeting venue); Agadem and Fezzan are no movement places.",
 "yq5": "ActuNiger from Niamey: a denied airlift of Syrian mercenaries Tripoli→Niamey, Russian cargo flights Jufra air "
        "base→Diori Hamani airport, a Russian landing at Tobruk port and a planned one at Benghazi port, a planned "
        "joint Niger-Chad patrol Madama base→Toummo with LNA units Al Qatrun→Toummo ('عند المنفذ'), and a conditional "
        "reinforcement Agadez→Dirkou. طرابلس is Tripoli (Libya) in the denial and Tripoli (Lebanon) for the arrested "
        "businessman; Agadez in that paragraph, Sabha, N'Djamena and the Ténéré are no movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("yq1", "yq2", "yq3", "yq4", "yq5")
