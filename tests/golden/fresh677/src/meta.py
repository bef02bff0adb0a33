# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # shared
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 # zc1 Benghazi districts (Quryna)
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
 "laythi": ("town", "LY", 32.11486, 20.06859, "Al Laithi (Benghazi)"),                  # G
 "buatni": ("town", "LY", 32.11486, 20.06859, "Bu Atni (Benghazi)"),                    # G
 "benina_town": ("town", "LY", 32.09680, 20.26950, "Benina"),                           # G* (row مطار بنينا)
 "guwarsha": ("town", "LY", 32.11486, 20.06859, "Al Guwarsha (Benghazi)"),              # G
 "sabri": ("town", "LY", 32.11486, 20.06859, "As Sabri"),                               # G
 "khreibish": ("town", "LY", 32.11486, 20.06859, "Sidi Khreibish (Benghazi)"),          # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "benghazi_mun": ("district", "LY", 32.11486, 20.06859, "Benghazi municipality"),       # G* (city row)
 # zc2 Derna (Brniq)
 "shiha": ("town", "LY", 32.76704, 22.63669, "Shiha (Derna)"),                          # G
 "bab_tobruk": ("town", "LY", 32.76704, 22.63669, "Bab Tobruk (Derna)"),                # G
 "maghar": ("town", "LY", 32.76704, 22.63669, "Al Maghar (Derna)"),                     # G
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                              # G
 "wadi_derna": ("region", "LY", 32.740, 22.600, "Wadi Derna"),                          # K
 "derna_port": ("crossing", "LY", 32.760, 22.650, "Port of Derna"),                     # K
 "derna_mun": ("district", "LY", 32.76704, 22.63669, "Derna municipality"),             # G* (city row)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # zc3 Tobruk (Afrigate News)
 "gan_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),         # G* (row مطار طبرق)
 "tamimi": ("town", "LY", 32.31000, 23.07000, "At Tamimi"),                             # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "border_eg": ("region", "LY", 31.45, 25.00, "Libya-Egypt border (Libyan side, coast)"),  # K
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                # G
 # zc4 Al-Bayda and the Jebel Akhdar (Libya Rohuha al-Watan TV)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "qasr_libya": ("town", "LY", 32.63333, 21.41667, "Qasr Libya"),                        # G
 "shahhat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                              # G
 "susa": ("town", "LY", 32.89702, 21.96583, "Susah (Apollonia)"),                       # G* (row أبولونيا)
 "abraq": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),                    # G
 "bayda_mun": ("district", "LY", 32.76272, 21.75506, "Al Bayda municipality"),          # G* (city row)
 "jabal": ("district", "LY", 32.02519, 21.79830, "Al Jabal al Akhdar"),                 # G
 "sousse": ("city", "TN", 35.82539, 10.63699, "Sousse"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # zc5 Derna→Benghazi, Kufra and the Sudan border (Al-Manara)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "southeast": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),              # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "uwaynat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),      # G
 "zueitina": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),           # G* (town row الزويتينة)
}

TRAPS = {
 "zc1": ["قورينا", "كتيبة طارق بن زياد", "فرج البنغازي", "المرجعية", "اللبناني", "ليبيا الحدث"],
 "zc2": ["قوة حماية درنة", "برنيق", "إدريس المنصوري", "الجيش الوطني الليبي", "تركية", "إذاعة درنة", "اللبنانية"],
 "zc3": ["بوابة إفريقيا الإخبارية", "الجيش الوطني الليبي", "عبد الرزاق الطبرقي", "شركة الخليج العربي للنفط",
         "الروسية"],
 "zc4": ["ليبيا روحها الوطن", "الجيش الوطني الليبي", "الحكومة الليبية", "صالح الشحاتي", "جامعة عمر المختار",
         "الأسلحة البيضاء", "الروسية", "التونسية"],
 "zc5": ["المنارة", "الجيش الوطني الليبي", "محمد إدريس العبيدي", "الدعم السريع", "السودانية"],
}

PHEN = {
 "zc1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings"],
 "zc2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "town_vs_district", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "zc3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "border_phrase",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "zc4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "town_vs_district", "coverage_bases"],
 "zc5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_oil", "coverage_neighbours",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"
MOVES = {
 "zc1": [
  mv("redeploy", "reported", LNA, ["الرجمة"], ["الليثي"], ["بنينا"]),
  mv("mobilise", "planned", LNA, [], ["القوارشة"]),
  mv("deploy", "conditional", LNA, [], ["الصابري", "سيدي اخريبيش"]),
  mv("withdraw", "denied", LNA, ["بوعطني"]),
  mv("shipment", "denied", None, ["مرفأ طرابلس"], ["ميناء بنغازي"]),
 ],
 "zc2": [
  mv("deploy", "reported", LNA, ["المرج"], ["درنه"], ["القبة"]),
  mv("deploy", "planned", LNA, [], ["شيحا", "باب طبرق", "المغار"]),
  mv("withdraw", "conditional", LNA, ["وادي درنة"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء درنة"]),
 ],
 "zc3": [
  mv("reinforce", "reported", LNA, ["بنغازي"], ["طبرق"], ["التميمي"]),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["قاعدة طبرق البحرية"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("advance", "conditional", LNA, [], ["منفذ امساعد"]),
  mv("shipment", "denied", "Russian forces", [], ["ميناء الحريقة"]),
 ],
 "zc4": [
  mv("reinforce", "reported", LNA, ["المرج"], ["البيضاء"], ["قصر ليبيا"]),
  mv("redeploy", "planned", LNA, ["البيضاء"], ["شحات", "سوسة"]),
  mv("airlift", "conditional", LNA, ["قاعدة بنينا الجوية"], ["مطار الابرق"]),
  mv("mobilise", "denied", "Wagner Group", [], ["قاعدة الخادم"]),
 ],
 "zc5": [
  mv("withdraw", "reported", LNA, ["درنة"], ["بنغازي"], ["البيضاء", "المرج"]),
  mv("redeploy", "planned", LNA, ["طبرق"], ["درنة"]),
  mv("advance", "conditional", LNA, ["الكفرة"], ["مثلث العوينات"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["الحدود مع السودان"]),
 ],
}

NOTES = {
 "zc1": "Benghazi districts: an LNA brigade Al-Rajma→Al-Laythi via Benina (reported; the 20 vehicles 'around the old HQ' "
        "add nothing); Tariq bin Ziyad companies to mass in Al-Guwarsha (planned mobilise); Saiqa units will deploy in "
        "Al-Sabri and Sidi Akhribish only if the Benghazi security directorate asks (conditional; Benghazi only the "
        "condition's institution); a denied pull-out from Bu Atni; a denied arms shipment from the Lebanese port of "
        "Tripoli to Benghazi port (actor null: a cargo ship; Derna only the cargo's civilian destination). Libyan "
        "Tripoli is only the seat of the GNU; 'فرج البنغازي' and 'المرجعية' are traps.",
 "zc2": "Derna after the flood: an LNA engineering battalion Al-Marj→Derna (written درنه) via Al-Qubba (reported); the "
        "Derna Protection Force (an LNA unit; its name is a trap) will deploy in Shiha, Bab Tobruk and Al-Maghar "
        "(planned); engineers will not withdraw from Wadi Derna until the bridge reopens (conditional); a denied Turkish "
        "warship landing at Derna port (the port's first mention is only the speaker's office; Turkey only the origin "
        "of a civilian cargo). Al-Bayda, Tobruk, Egypt, Lebanese Tripoli and Libyan Tripoli are background only (the "
        "2023 rescue teams and aid planes are not armed-force movements).",
 "zc3": "East to Tobruk: LNA reinforcements Benghazi→Tobruk via Al-Tamimi (reported), marines landed at Tobruk naval base "
        "from Benghazi port (reported), a planned airlift Benina air base→Gamal Abdel Nasser air base, a conditional "
        "advance to the Amsaad crossing (the border with Egypt is only the condition; Cairo only the coordination "
        "partner; '140 km east of the city' restates the crossing), and a denied Russian arms delivery at Marsa "
        "al-Hariga. Bardia is only a distance reference for a smuggling seizure; Tobruk in the last paragraph is "
        "background.",
 "zc4": "Al-Bayda: an LNA column Al-Marj→Al-Bayda via Qasr Libya (reported), a company to move Al-Bayda→Shahhat and "
        "Susa (planned; Shahhat's '10 km east of the city' is only a locator), a conditional airlift Benina air "
        "base→Al-Abraq airport if shooting resumes in Al-Bayda (Al-Bayda there only the condition), and Wagner's denied "
        "massing at Al-Khadim base (Al-Marj only its locator). Tunisian Sousse and Tunis (capital) are background; "
        "'الأسلحة البيضاء' and 'صالح الشحاتي' are traps.",
 "zc5": "An LNA battalion returns Derna→Benghazi via Al-Bayda and Al-Marj (reported withdraw), a company to move "
        "Tobruk→Derna (planned redeploy), Kufra units will not advance to the Jebel Uweinat triangle unless armed "
        "movements come from Sudan (conditional; Sudan only the condition, Kufra's third mention a distance "
        "reference), and a denied RSF massing on the border with Sudan (Sudanese armed groups). Al-Marj is also the "
        "dateline; Tunis (a 5+5 meeting) and Zueitina oil port (guarded in 2024) are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("zc1", "zc2", "zc3", "zc4", "zc5")
