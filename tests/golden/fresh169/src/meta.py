# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "saudi": ("country", "SA", 24.24431, 44.66286, "Saudi Arabia"),                        # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 # fo1 Tawergha
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "tawergha_mun": ("district", "LY", 31.97083, 15.05250, "Tawergha municipality"),       # G* (town row)
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "dafniya": ("town", "LY", 32.40, 14.83, "Ad Dafiniyah"),                               # K
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                            # G
 # fo2 deportations to Niger and Chad
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),            # G* (row الحدود الليبية النيجرية)
 "border_ne_side": ("region", "NE", 22.3, 13.2, "Niger-Libya border (Nigerien side)"),  # K
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                          # G (row spelled أسامكا)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 # fo3 Sallum, pilgrims
 "sallum_port": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),             # G* (row منفذ امساعد, country EG)
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "borg_arab": ("airport", "EG", 30.9177, 29.6964, "Borg El Arab International Airport"),  # K
 "jeddah": ("city", "SA", 21.49012, 39.18624, "Jeddah"),                                # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                         # G
 "border_eg_side": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),  # K
 "amsaad_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 "gan_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),         # G* (row مطار طبرق)
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 # fo4 Murzuq
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),             # G* (row الحدود الليبية التشادية)
 # fo5 Al-Washka exchange
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sirte_port": ("crossing", "LY", 31.215, 16.600, "Port of Sirte"),                     # K
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
}

TRAPS = {
 "fo1": ["الوطن الليبية", "شارع طرابلس", "المصراتي", "المجلس العسكري مصراتة", "اللواء 444 قتال", "ما ادري",
         "التاورغية"],
 "fo2": ["يورونيوز", "وكالة الأنباء الجزائرية", "كتيبة طارق بن زياد", "اللواء 128", "الجيش النيجري",
         "النيجريين", "التشاديين", "تشادياً", "السودانيين", "النيجرية", "ليبية"],
 "fo3": ["اليوم السابع", "المنطقة الغربية العسكرية", "عبد السلام الطبرقي", "ليبيين", "المصرية", "مصري", "ليبية"],
 "fo4": ["بي بي سي نيوز عربي", "أحمد المرزوقي", "مالي", "اللواء 128", "التشادية", "الباحث الليبي"],
 "fo5": ["الميادين نت", "السرتاوي", "قوة حماية طرابلس", "عملية بركان الغضب", "القيادة العامة للجيش الوطني الليبي",
         "الهلال الأحمر الليبي"],
}

PHEN = {
 "fo1": ["clitics", "spelling", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "town_vs_district"],
 "fo2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "fo3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "fo4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_neighbours", "countries"],
 "fo5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, MIS, EGY = "Libyan National Army", "GNA forces", "Misrata forces", "Egyptian army"

MOVES = {
 "fo1": [
  mv("deploy", "reported", MIS, ["الدافنية"], ["تاورغا"]),
  mv("redeploy", "reported", MIS, ["الهيشة"], ["تاورغاء"]),
  mv("withdraw", "denied", MIS, ["تاورغاء"], ["مصراتة"]),
  mv("reinforce", "planned", GNA, [], ["تاورغاء"]),
  mv("mobilise", "conditional", MIS, [], ["مصراتة"]),
 ],
 "fo2": [
  mv("deploy", "reported", LNA, ["سبها"], ["منفذ التوم"], ["قطرون"]),
  mv("shipment", "reported", LNA, [], ["القطرون"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["الكفرة"]),
  mv("advance", "denied", None, ["ديركو"], ["الحدود مع ليبيا"]),
  mv("redeploy", "conditional", LNA, ["أوباري"], ["القطرون"]),
 ],
 "fo3": [
  mv("reinforce", "reported", EGY, ["قاعدة محمد نجيب العسكرية"], ["السلوم"], ["مرسى مطروح", "سيدي براني"]),
  mv("deploy", "reported", LNA, ["طبرق"], ["منفذ امساعد"]),
  mv("withdraw", "conditional", LNA, ["امساعد"], ["طبرق"]),
  mv("airlift", "planned", LNA, ["بنغازي"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("naval_landing", "denied", EGY, [], ["البردي"]),
 ],
 "fo4": [
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["مرزق"], ["سبها"]),
  mv("redeploy", "planned", LNA, ["إدري"], ["مرزق"]),
  mv("withdraw", "conditional", LNA, ["مرزق"], ["سبها"]),
  mv("mobilise", "denied", None, [], ["أم الأرانب"]),
 ],
 "fo5": [
  mv("withdraw", "reported", LNA, ["الوشكة"], ["سرت"]),
  mv("advance", "reported", MIS, ["أبوقرين"], ["الوشكة"]),
  mv("shipment", "denied", LNA, ["سرت"], ["قاعدة الجفرة الجوية"]),
  mv("naval_landing", "planned", LNA, ["بنغازي"], ["ميناء سرت"]),
  mv("airlift", "conditional", GNA, [], ["مطار مصراتة"]),
 ],
}

NOTES = {
 "fo1": "Tawergha returnees (120 families by bus from Tripoli/Benghazi, not a movement) beside the Misrata escort "
        "Dafniya gate→Tawergha, a company redeployed Al-Hisha→Tawergha, a denied pull-out Tawergha→Misrata, a planned "
        "444 Brigade company for Tawergha and a conditional «النفير» in Misrata; Tripoli, Benghazi, Zliten and Ajdabiya "
        "are civilian origins/route, Abu Qurayn a locator.",
 "fo2": "Migrants deported Sabha→Toummo (trucks), Benina airport→N'Djamena (IOM flight) and Algeria→Assamaka: none are "
        "movements; the LNA escort Sabha→Toummo crossing via Al Qatrun, its fuel-and-ammunition trucks to Al Qatrun, a "
        "planned Benina base→Kufra airlift, a denied Nigerien advance Dirkou→the border (actor null) and a conditional "
        "Brigade 128 company Ubari→Al Qatrun are.",
 "fo3": "Libyan pilgrims by bus through the Sallum land port to Borg El Arab/Jeddah and Egyptian workers returning are "
        "not movements; the Egyptian reinforcement Mohamed Naguib base→Sallum via Marsa Matruh and Sidi Barrani, the "
        "LNA units Tobruk→the Amsaad crossing, their conditional return to Tobruk (بمجرد), a planned Benghazi→Gamal "
        "Abdel Nasser air base airlift and a denied Egyptian landing at Bardia are.",
 "fo4": "Families returning to Murzuq from Al Qatrun, Tmassah, Umm al-Aranib and camps near Sharara are not movements; "
        "an LNA reinforcement Tamanhint air base→Murzuq via Sabha, a planned battalion Idri→Murzuq, a conditional "
        "pull-back Murzuq→Sabha (بمجرد) and the Tebu council's denied massing in Umm al-Aranib (actor null) are; the "
        "Chadian opposition's pre-2019 presence is background.",
 "fo5": "A prisoner exchange and bodies handed over at the Al-Washka gate (Red Crescent buses, ambulances to Misrata: "
        "not movements) beside an LNA pull-back Al-Washka→Sirte, a Misrata advance Abu Qurayn→Al-Washka, a denied "
        "ammunition shipment Sirte→Jufra air base, a planned marine landing Benghazi→Sirte port and a conditional GNA "
        "airlift to Misrata airport (Tripoli is only the speaker).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("fo1", "fo2", "fo3", "fo4", "fo5")
