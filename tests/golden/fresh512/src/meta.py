# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and capitals
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                    # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                       # G
 # Libyan east
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                   # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),                     # G* (row قاعدة طبرق البحرية)
 "gan_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),            # G* (row مطار طبرق, HLGN)
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                   # G
 "emsaed_x": ("crossing", "LY", 31.60968, 25.04999, "Emsaed border crossing"),             # G (row منفذ امساعد)
 "bardia": ("town", "LY", 31.75601, 25.08530, "Bardia"),                                   # G (row بردية)
 "kambut": ("town", "LY", 31.90434, 24.47840, "Kambut"),                                   # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                              # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),           # G (row ميناء الحريقة)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                     # G
 "abraq_ap": ("airport", "LY", 32.78870, 21.96430, "Al Abraq Airport"),                    # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                     # G
 "ain_ghazala": ("town", "LY", 32.15000, 23.33000, "Ain al Ghazala"),                      # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                     # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                              # G* (row هون, the district point near Hun)
 "border_ly_eg": ("region", "LY", 31.50, 24.95, "Libya-Egypt border (Libyan side)"),       # K
 "east_ly": ("region", "LY", 31.80, 23.00, "Eastern Libya"),                               # K
 "west_ly": ("region", "LY", 32.30, 13.00, "Western Libya"),                               # K
 # Egyptian side
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                   # G
 "sallum_x": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),                   # G* (row منفذ امساعد, country EG)
 "sallum_port": ("crossing", "EG", 31.565, 25.160, "Sallum port"),                         # K
 "sallum_plateau": ("region", "EG", 31.56, 25.10, "Sallum plateau"),                       # K
 "sallum_gulf": ("region", "EG", 31.65, 25.20, "Gulf of Sallum"),                          # K
 "border_eg_ly": ("region", "EG", 31.30, 25.20, "Egypt-Libya border (Egyptian side)"),     # K
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                       # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                       # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                             # G
 "matruh_ap": ("airport", "EG", 31.32540, 27.22170, "Mersa Matruh Airport"),               # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),               # G (district row مطروح)
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),             # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                           # G
}

LNA, EGY = "Libyan National Army", "Egyptian army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "st1": ["بوابة أفريقيا الإخبارية", "المنطقة العسكرية طبرق", "للجيش الوطني الليبي", "مساعد آمر", "ميدان عمر المختار",
         "الجانب المصري", "المصرية", "ما ادري"],
 "st2": ["الدستور", "المنطقة الغربية العسكرية", "قوات مصرية", "القوات المصرية", "مجلس النواب الليبي", "الليبية",
         "وكالة أنباء الشرق الأوسط"],
 "st3": ["الجريدة", "للجيش الوطني الليبي", "خليفة حفتر", "الرئيس المصري الراحل جمال عبد الناصر", "المتحدث العسكري المصري",
         "الأراضي الليبية", "محمد الترهوني", "من العدم"],
 "st4": ["صدى البلد", "مساعد وزير الداخلية", "الجانب الليبي", "للجيش الليبي", "الجانب المصري", "حرس السواحل المصري",
         "سائق ليبي", "ما ادري"],
 "st5": ["طارق بن زياد", "صدام حفتر", "«الشرق»", "قناة الجزيرة", "مجلس النواب المصري", "الأمن القومي المصري",
         "عبد الفتاح السيسي", "وسائل إعلام ليبية"],
}

PHEN = {
 "st1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "st2": ["spelling", "multiword", "media_trap", "operation_trap", "nisba", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "st3": ["spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "st4": ["spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli", "ambiguity_idri",
         "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "st5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
}

MOVES = {
 "st1": [
  mv("reinforce", "reported", LNA, ["طبرق"], ["منفذ امساعد"], ["كمبوت"]),
  mv("deploy", "planned", LNA, ["امساعد"], ["الجغبوب"]),
  mv("airlift", "conditional", LNA, ["قاعدة جمال عبد الناصر الجوية"], ["منفذ امساعد"]),
  mv("withdraw", "denied", LNA, ["البردية"], ["طبرق"]),
 ],
 "st2": [
  mv("redeploy", "reported", EGY, ["سيوة"], ["هضبة السلوم"]),
  mv("naval_landing", "reported", EGY, ["الإسكندرية"], ["ميناء السلوم"]),
  mv("deploy", "planned", EGY, ["قاعدة محمد نجيب العسكرية"], ["سيدي براني"]),
  mv("advance", "conditional", EGY, [], ["إمساعد"]),
  mv("naval_landing", "denied", EGY, [], ["البردية"]),
 ],
 "st3": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("redeploy", "planned", LNA, ["مطار الأبرق"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("shipment", "reported", LNA, ["ميناء الحريقة"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("deploy", "conditional", LNA, ["قاعدة جمال عبد الناصر الجوية"], ["منفذ مساعد"]),
  mv("airlift", "denied", EGY, ["مطار مرسى مطروح"], ["قاعدة جمال عبد الناصر الجوية"]),
 ],
 "st4": [
  mv("deploy", "reported", LNA, [], ["منفذ أمساعد"]),
  mv("withdraw", "reported", LNA, ["منفذ أمساعد"], ["طبرق"]),
  mv("mobilise", "reported", EGY, [], ["سيدي براني"]),
  mv("deploy", "planned", EGY, [], ["خليج السلوم"]),
  mv("deploy", "conditional", LNA, [], ["منفذ أمساعد"]),
  mv("mobilise", "denied", LNA, [], ["الحدود مع مصر"]),
 ],
 "st5": [
  mv("reinforce", "reported", LNA, ["بنغازي"], ["طبرق"], ["درنة", "عين الغزالة"]),
  mv("withdraw", "reported", LNA, ["الجغبوب"], ["طبرق"]),
  mv("deploy", "planned", LNA, [], ["البردية", "امساعد"]),
  mv("advance", "conditional", EGY, [], ["ليبيا"], ["منفذ السلوم"]),
  mv("shipment", "denied", EGY, ["الإسكندرية"], ["ميناء طبرق"]),
 ],
}

NOTES = {
 "st1": "Afrigate-style Tobruk dispatch: an LNA reinforcement Tobruk→the Emsaed crossing via Kambut (headline repeats it), "
        "planned joint patrols Emsaed→Jaghbub, a conditional special-forces airlift Gamal Abdel Nasser air base→the crossing "
        "(«المنفذ» resolved to منفذ امساعد) and a denied pull-out Bardia→Tobruk; the Hariga terminal (fuel smuggled from its "
        "depots) and the traders' trucks to Sallum are not movements; traps: the force name المنطقة العسكرية طبرق, «مساعد آمر» "
        "(a common word inside the Emsaed spelling), Omar al-Mukhtar square, the colloquial «ما ادري».",
 "st2": "Al-Dostor-style Marsa Matruh report on the Egyptian side: a border-guard redeploy Siwa→the Sallum plateau, a naval "
        "landing Alexandria→Sallum port, a planned air-defence move Mohamed Naguib base→Sidi Barrani, a conditional armoured "
        "advance to إمساعد (only if the Libyan House asks) and a denied Egyptian landing at Bardia (headline repeats it); "
        "الحدود مع ليبيا is a purpose, Cairo (meeting venue), Marsa Matruh (old drill) and the Sallum land port (civil traffic) "
        "are no movement places; Matruh governor = district vs the city مرسى مطروح.",
 "st3": "Al-Jarida-style Cairo analysis of the Gamal Abdel Nasser air base (also قاعدة العدم): an LNA airlift Benina air base→"
        "the base, a planned air-defence redeploy Al-Abraq airport→the base, a jet-fuel convoy Hariga terminal→the base "
        "(«إليها»), a conditional Saiqa deploy base→منفذ مساعد and Egypt's denied C-130 airlift Marsa Matruh airport→the base; "
        "traps: the late president's name, «من العدم», the analyst الترهوني; في بنغازي and جنوب طبرق are locators; the last "
        "«القاهرة» stands for Egypt and stays the city.",
 "st4": "Sada El Balad-style Sallum report on the land port reopening: a flashback LNA deploy to منفذ أمساعد and its pull-back "
        "to Tobruk (two moves), an Egyptian mobilisation at Sidi Barrani, planned coast-guard boats in the Gulf of Sallum, the "
        "LNA's conditional return to the crossing and a denied LNA massing on الحدود مع مصر (claimed by channels close to the "
        "Tripoli government); travellers and 400 trucks are not movements; «مساعد وزير الداخلية» and «ما ادري» are traps.",
 "st5": "Al-Sharq (Qatar)-style analysis: a Tariq bin Ziyad reinforcement Benghazi→Tobruk via Derna and Ain al-Ghazala, a "
        "flashback pull-out Jaghbub→Tobruk, a planned deploy to Bardia and Emsaed (no origin written), Egypt's conditional "
        "advance into Libya via the Sallum crossing and a denied Egyptian arms shipment Alexandria→Tobruk port; the Sirte–Jufra "
        "«red line», the headline border phrase, Tripoli and the host الجزائر (country) are not movement places; traps: Tariq "
        "bin Ziyad, Saddam Haftar, «الشرق», Al Jazeera.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("st1", "st2", "st3", "st4", "st5")
