# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                   # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                # G
 # capitals and large cities
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                            # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                      # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 # Egypt's north-west (Matruh governorate)
 "marsa_matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                        # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),                # G
 "matruh_airport": ("airport", "EG", 31.32540, 27.22170, "Mersa Matruh Airport"),           # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                                 # G
 "sallum_port": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),                 # G* (row منفذ امساعد, country EG)
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                        # G
 "buqbuq": ("town", "EG", 31.52, 25.56, "Buqbuq"),                                          # K
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                        # G
 "hammam": ("town", "EG", 30.84532, 29.38818, "El Hammam"),                                 # G
 "cairo_west": ("base", "EG", 30.1164, 30.9153, "Cairo West Air Base"),                     # K
 "july3_base": ("base", "EG", 31.40, 26.62, "3 July Naval Base (Gargoub)"),                 # K
 "west_border_eg": ("region", "EG", 30.0, 25.2, "Egypt's western border"),                  # K
 "border_ly_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border"),                # G
 "border_eg_siwa": ("region", "EG", 29.6, 25.05, "Egyptian side of the border with Libya (Siwa sector)"),   # K
 "border_eg_gen": ("region", "EG", 30.0, 25.2, "Egyptian side of the border with Libya"),  # K
 "western_desert": ("region", "EG", 25.70408, 28.49824, "Western Desert (Egypt)"),          # G* (row غرب مصر)
 "great_sand_sea": ("region", "EG", 26.00000, 25.00000, "Great Sand Sea"),                  # G
 # eastern Libya (Tobruk, Bardia, Jaghbub)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                    # G
 "tobruk_mun": ("district", "LY", 32.08963, 23.95385, "Tobruk municipality"),               # G* (city row)
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),                      # G* (city row)
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                   # G
 "gan_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),             # G* (row مطار طبرق, HLGN)
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),          # G
 "bardia": ("town", "LY", 31.75601, 25.08530, "Bardia"),                                    # G
 "bardia_port": ("crossing", "LY", 31.75601, 25.08530, "Bardia port"),                      # G* (town row)
 "emsaed_crossing": ("crossing", "LY", 31.60968, 25.04999, "Emsaed border crossing"),       # G
 "kambut": ("town", "LY", 31.90434, 24.47840, "Kambut"),                                    # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                               # G
 "border_ly_side": ("region", "LY", 31.45, 24.95, "Libyan side of the border with Egypt"),  # K
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),              # G* (row برقة)
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                     # G
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                                  # G
 "tamimi": ("town", "LY", 32.31000, 23.07000, "At Tamimi"),                                 # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                           # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                        # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                      # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                        # G
}

TRAPS = {
 "up1": ["الدستور", "القاهرة الإخبارية", "المنطقة الغربية العسكرية", "العملية الشاملة سيناء 2018", "وحدات مصرية",
         "صفحات ليبية"],
 "up2": ["بوابة الوفد", "اللواء طارق بن زياد", "عادل الطبرقي", "عملية الكرامة", "الجيش الليبي", "مصادر ليبية"],
 "up3": ["القاهرة 24", "الزاوية السنوسية", "محمد بن علي السنوسي", "لا أدري", "عمر السيوي", "المسلحين السودانيين",
         "الجيش الليبي"],
 "up4": ["فيتو", "مساعد وزير الدفاع الأسبق", "سالم الإدريسي", "مصدر عسكري مصري", "حسابات ليبية", "الجيش الليبي"],
 "up5": ["روزاليوسف", "ليبيا الحدث", "الزعيم جمال عبد الناصر", "مساعد وزير الخارجية", "المنطقة الغربية العسكرية",
         "وزير الدفاع المصري", "السفارة الروسية"],
}

PHEN = {
 "up1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "town_vs_district",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "up2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "up3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "up4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "up5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


EG, LNA = "Egyptian army", "Libyan National Army"

MOVES = {
 "up1": [
  _m("reinforce", "reported", EG, ["سيدي براني"], ["السلوم", "منفذ السلوم البري"], ["بقبق"]),
  _m("shipment", "reported", None, ["ليبيا"], ["سيوة"]),
  _m("advance", "denied", EG, [], ["الجغبوب"]),
  _m("airlift", "planned", EG, ["قاعدة غرب القاهرة الجوية"], ["مطار مرسي مطروح"]),
  _m("reinforce", "conditional", EG, [], ["سيوة"]),
 ],
 "up2": [
  _m("reinforce", "reported", LNA, ["المرج"], ["طبرق"], ["القبة", "التميمي"]),
  _m("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة جمال عبد الناصر الجوية"]),
  _m("deploy", "planned", LNA, [], ["منفذ امساعد البري"]),
  _m("withdraw", "denied", LNA, ["البردي"], ["طبرق"]),
  _m("mobilise", "conditional", LNA, [], ["كمبوت"]),
 ],
 "up3": [
  _m("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["الجغبوب"]),
  _m("withdraw", "reported", LNA, ["الجغبوب"], ["طبرق"]),
  _m("redeploy", "planned", LNA, ["الجغبوب"], ["بحر الرمال الأعظم"]),
  _m("advance", "denied", "Sudanese armed groups", ["الكفرة"], ["الجغبوب"]),
  _m("deploy", "conditional", EG, ["سيوه"], ["الحدود مع ليبيا"]),
 ],
 "up4": [
  _m("naval_landing", "reported", LNA, ["قاعدة طبرق البحرية"], ["ميناء البردية"]),
  _m("redeploy", "planned", LNA, ["البردية"], ["منفذ مساعد"]),
  _m("naval_landing", "denied", EG, ["قاعدة 3 يوليو البحرية"], ["البردية"]),
  _m("reinforce", "conditional", LNA, ["كمبوت"], ["البردية"]),
 ],
 "up5": [
  _m("redeploy", "reported", EG, ["الحمام"], ["سيدي براني"]),
  _m("mobilise", "reported", LNA, [], ["قاعدة جمال عبد الناصر الجوية"]),
  _m("shipment", "planned", LNA, ["طبرق"], ["الكفرة"], ["الجغبوب"]),
  _m("shipment", "denied", "Russian forces", ["ميناء طبرق"], ["قاعدة الخادم"]),
  _m("deploy", "conditional", EG, [], ["ليبيا"]),
 ],
}

NOTES = {
 "up1": "Al-Dostor-style report of an Egyptian military spokesman's statement (Cairo): a border-guard reinforcement "
        "Sidi Barrani→Sallum/the Sallum land port via Buqbuq (second destination after «ثم انتشرت عناصرها»), a seized "
        "arms shipment from Libya bound for Siwa (no owner named, actor null), the denied entry into Jaghbub, a planned "
        "C-130 airlift Cairo West air base→Marsa Matruh airport and a conditional reinforcement of Siwa («إذا تكررت»). "
        "The Cairo dateline, the Matruh governor's road (Marsa Matruh–Sallum), the border length and the Sudan tripoint "
        "are not movement places; «المدينة الحدودية» is Sallum.",
 "up2": "Al-Wafd-style report from Cairo on Libyan moves near Tobruk: an LNA column Al-Marj→Tobruk via Al-Qubba and "
        "At-Tamimi, an Ilyushin airlift Benina air base→Gamal Abdel Nasser air base, a planned company at the Emsaed "
        "crossing (the border with Egypt is its purpose, not a destination), the denied pull-out Bardia (البردي)→Tobruk "
        "and a conditional massing in Kambut («إذا ثبت»). Hariga port, the Sarir field, Tripoli and Tunis are not "
        "movement places.",
 "up3": "Cairo 24-style report on Jaghbub: two LNA transports Benina air base→Jaghbub, last year's pull-out "
        "Jaghbub→Tobruk (flashback, reported), a planned repositioning Jaghbub→the Great Sand Sea, the denied arrival "
        "of Sudanese gunmen from Kufra («إلى الواحة» = Jaghbub) and an Egyptian border-guard move from Siwa (سيوه, «من "
        "الواحة») to the border with Libya conditional on suspicious moves near Jaghbub (a locator). Benghazi, Siwa as "
        "distance reference, the Kufra–Western Desert smuggling tracks and the refugees are not movements.",
 "up4": "Veto-style report on Bardia: an LNA landing ship Tobruk naval base→Bardia port (reported), the same force's "
        "planned move Bardia→the Emsaed crossing (منفذ مساعد), the denied Egyptian landing in Bardia from the 3 July "
        "naval base (Marsa Matruh only locates the base) and a conditional LNA reinforcement Kambut→Bardia («في حال "
        "تكررت»). The Sallum land port is a distance reference; migrants from Egypt and the ex-minister's aide are not "
        "movements.",
 "up5": "Rose al-Youssef-style weekly round-up on both sides of the border: an Egyptian armoured brigade El Hammam→Sidi "
        "Barrani (a routine rotation, redeploy), LNA massing at Gamal Abdel Nasser air base, a planned LNA supply convoy "
        "Tobruk→Kufra via Jaghbub, Russia's denied equipment transfer Tobruk port→Al Khadim air base and the Egyptian "
        "defence minister's conditional «الدفع بقواتها إلى داخل ليبيا». Civilian trucks at Emsaed, the Algiers meeting, "
        "Hariga (distance reference) and the headline are not separate movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("up1", "up2", "up3", "up4", "up5")
