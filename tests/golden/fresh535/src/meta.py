# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # Egypt: the western frontier and the north coast
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "sallum_port": ("crossing", "EG", 31.58000, 25.08000, "Sallum land port"),             # K
 "sallum_plateau": ("region", "EG", 31.50000, 25.20000, "Sallum plateau"),              # K
 "buqbuq": ("village", "EG", 31.51000, 25.55000, "Buqbuq"),                             # K
 "sidi_barrani": ("town", "EG", 31.61083, 25.92556, "Sidi Barrani"),                    # G
 "sidi_barrani_ab": ("base", "EG", 31.47000, 25.88000, "Sidi Barrani Air Base"),        # K
 "najaylah": ("town", "EG", 31.40710, 26.58320, "An-Najaylah"),                         # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G
 "matruh_airport": ("airport", "EG", 31.32540, 27.22170, "Mersa Matruh Airport"),       # G
 "matruh_port": ("crossing", "EG", 31.35800, 27.23200, "Marsa Matruh port"),            # K
 "dabaa": ("town", "EG", 31.02819, 28.44498, "El Dabaa"),                               # G
 "alamein": ("town", "EG", 30.83007, 28.95502, "El Alamein"),                           # G
 "alamein_airport": ("airport", "EG", 30.92450, 28.46140, "El Alamein International Airport"),  # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "ras_el_tin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),             # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "cairo_west": ("base", "EG", 30.11640, 30.91530, "Cairo West Air Base"),               # K
 "fayoum": ("city", "EG", 29.30995, 30.84180, "Al Fayyum"),                             # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "western_desert": ("region", "EG", 27.00000, 27.50000, "Western Desert (Egypt)"),      # K
 "border_eg": ("region", "EG", 31.00000, 25.20000, "Egypt-Libya border (Egyptian side)"),  # K
 "border_eg_sd": ("region", "EG", 22.22287, 31.25544, "Egypt-Sudan border (Egyptian side)"),  # G* (row الحدود المصرية السودانية)
 # Libya: the east and the Egyptian border
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "gamal_ab": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),         # G* (airport row مطار طبرق)
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 "emsaed_crossing": ("crossing", "LY", 31.60968, 25.04999, "Emsaed (Amsaad) crossing"),  # G
 "bardia": ("town", "LY", 31.75601, 25.08530, "Bardia"),                                # G (row بردية)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "border_ly_eg": ("region", "LY", 31.45000, 24.95000, "Libya-Egypt border (Libyan side)"),  # K
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya"),                      # G* (row برقة)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G (row قاعدة الخادم)
 # Libya: the centre and the west
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                      # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra (area)"),                    # G* (Hun town row)
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_port": ("crossing", "LY", 32.37000, 15.21000, "Misrata port (Qasr Ahmed)"),   # K
 "khoms_port": ("crossing", "LY", 32.65700, 14.28300, "Al Khums port"),                 # K
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "west_ly": ("region", "LY", 31.50000, 13.00000, "Western Libya"),                      # K
 # elsewhere
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
}

TRAPS = {
 "tq1": ["حارس الغرب 2026", "المنطقة الغربية العسكرية", "صدى البلد", "اللواء محمد نجيب", "مطروحاً",
         "الأراضي المصرية", "الأراضي الليبية", "وحدات مصرية", "جندي مصري", "حلاً ليبياً-ليبياً"],
 "tq2": ["القاهرة الإخبارية", "ليبيا الأحرار", "غرفة عمليات تحرير سرت والجفرة", "الخارجية المصرية",
         "الأطراف الليبية", "مصادر ليبية", "عسكرية تركية", "القوات المصرية", "المؤسسة العسكرية الليبية"],
 "tq3": ["الدستور", "لا أدري", "الجيش الوطني الليبي", "عمال مصريون", "صفحات مصرية", "قوات ليبية",
         "الليبية"],
 "tq4": ["ميدوزا", "العرب", "حاملة المروحيات «جمال عبد الناصر»", "«أنور السادات»", "الطرابلسي",
         "البحرية المصرية واليونانية", "رسائل مصرية", "الجيش الوطني الليبي", "الباحث الليبي", "إنزال تركية",
         "اللجنة العسكرية المشتركة «5+5»"],
 "tq5": ["المنطقة الغربية العسكرية", "الوفد", "ليبيا الحدث", "الإدريسي", "الحمام الأبيض",
         "الاتجاه الاستراتيجي الغربي", "الجيش الليبي", "عسكري ليبي", "الجانب الليبي"],
}

PHEN = {
 "tq1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "tq2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
 "tq3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "tq4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "tq5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours",
         "countries"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


EG, LNA = "Egyptian army", "Libyan National Army"
MOVES = {
 "tq1": [
  _m("reinforce", "reported", EG, ["قاعدة محمد نجيب العسكرية"], ["السلوم"], ["مرسى مطروح", "سيدى برانى"]),
  _m("airlift", "planned", EG, ["قاعدة غرب القاهرة الجوية"], ["مطار مرسى مطروح"]),
  _m("advance", "denied", EG, [], ["طبرق"], ["منفذ السلوم البري"]),
  _m("reinforce", "conditional", EG, [], ["سيدي براني"]),
 ],
 "tq2": [
  _m("mobilise", "reported", "Misrata forces", ["مصراتة"], ["أبوقرين"]),
  _m("shipment", "reported", "Turkish armed forces", [], ["ميناء مصراتة"]),
  _m("advance", "conditional", EG, [], ["سرت", "الجفرة"]),
  _m("airlift", "denied", EG, [], ["قاعدة الخادم الجوية"]),
  _m("reinforce", "planned", LNA, ["بنغازي"], ["سرت"]),
 ],
 "tq3": [
  _m("deploy", "reported", EG, ["سيدي براني"], ["هضبة السلوم", "الحدود مع ليبيا"]),
  _m("shipment", "planned", EG, ["مرسى مطروح"], ["السلوم"]),
  _m("redeploy", "conditional", EG, ["السلّوم"], ["سيوة"]),
  _m("withdraw", "reported", LNA, ["منفذ امساعد"], ["طبرق"]),
  _m("mobilise", "denied", LNA, [], ["البردية"]),
 ],
 "tq4": [
  _m("naval_landing", "reported", EG, ["قاعدة رأس التين البحرية"], ["ميناء مرسى مطروح"]),
  _m("deploy", "planned", EG, [], ["السلوم"]),
  _m("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة جمال عبد الناصر الجوية"]),
  _m("naval_landing", "conditional", "Turkish armed forces", [], ["ميناء الخمس"]),
  _m("withdraw", "denied", LNA, ["ميناء السدرة", "راس لانوف"], ["بنغازي"]),
 ],
 "tq5": [
  _m("redeploy", "reported", EG, ["العلمين"], ["النجيلة"]),
  _m("mobilise", "conditional", EG, [], ["بقبق", "السلوم"]),
  _m("redeploy", "denied", EG, ["السلوم"], ["الحدود مع السودان"]),
  _m("deploy", "planned", LNA, [], ["الحدود مع مصر", "امساعد"]),
 ],
}

NOTES = {
 "tq1": "Sada El Balad style, Marsa Matruh: the closing phase of a live-fire drill south of El Alamein and a parade at "
        "Mohamed Naguib base (neither a movement) beside a tank battalion that moves on from the base to Sallum via "
        "Marsa Matruh and Sidi Barrani (reported reinforce, told again in the headline), a planned C-130 airlift Cairo "
        "West air base -> Marsa Matruh airport, a denied crossing via the Sallum land port towards Tobruk and a "
        "conditional extra brigade for Sidi Barrani; traps: the drill and the command, the late President Naguib, "
        "«ليس مطروحاً».",
 "tq2": "Al-Qahera News style, Cairo: an Egyptian foreign-ministry statement on Libya - Misrata forces massing at Abu "
        "Qurayn (reported), a Turkish military cargo ship unloading at Misrata port (reported shipment), Egypt's "
        "conditional advance on Sirte and Jufra, a denied Egyptian airlift to Al Khadim air base and a planned LNA "
        "brigade Benghazi -> Sirte; Geneva, Sidi Barrani air base, Tripoli and the neighbours' meeting in Algiers are "
        "not movement places; the GNA's Sirte-Jufra operations room is a trap.",
 "tq3": "Al-Dostor style, Sallum: trucks and returning workers at the Sallum land port (civilian, not movements) "
        "beside border-guard patrols Sidi Barrani -> the Sallum plateau/the border with Libya (reported deploy), a "
        "planned engineering shipment Marsa Matruh -> Sallum, a conditional company Sallum -> Siwa, an LNA company's "
        "pull-back Emsaed crossing -> Tobruk and a denied LNA build-up in Bardia; traps: «لا أدري», outlets, nisbas.",
 "tq4": "Al-Arab (London) style, Cairo: the Egyptian-Greek «Medusa 2026» drill off Marsa Matruh with a training "
        "landing at El Dabaa (not a movement) beside a real marine battalion Ras el-Tin naval base -> Marsa Matruh "
        "port (reported naval landing), a planned frigate off Sallum, an LNA airlift Benina -> Gamal Abdel Nasser air "
        "base, Turkey's conditional landing at Al Khums port and a denied LNA pull-out Es Sider/Ras Lanuf -> Benghazi; "
        "traps: the carrier named after Gamal Abdel Nasser, the analyst «الطرابلسي».",
 "tq5": "Al-Wafd style, Sidi Barrani: a war-inspection parade at Sidi Barrani air base with a fly-past and doves "
        "(not movements) beside an armoured brigade's reported redeploy El Alamein -> An-Najaylah, a conditional "
        "massing in Buqbuq and Sallum, a denied redeploy Sallum -> the border with Sudan and a planned LNA battalion "
        "for the border with Egypt near Emsaed; a Libyan military delegation's visit and return to Benghazi via El "
        "Alamein airport is not a force movement; traps: «الحمام الأبيض», the commander «الإدريسي».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("tq1", "tq2", "tq3", "tq4", "tq5")
