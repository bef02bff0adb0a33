# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                   # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                # G
 # capitals and big cities
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                            # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                      # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "tripoli_lb_port": ("crossing", "LB", 34.43352, 35.84415, "Port of Tripoli (Lebanon)"),    # G* (city row Tripoli (Lebanon))
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                      # G
 # Egyptian side
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                        # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                              # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),                # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                                 # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),             # G* (row منفذ امساعد, country EG)
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                        # G
 "cairo_west": ("base", "EG", 30.1164, 30.9153, "Cairo West Air Base"),                     # K
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),              # G
 "west_desert": ("region", "EG", 25.70408, 28.49824, "Western Desert (Egypt)"),             # G* (row غرب مصر)
 "sand_sea": ("region", "EG", 26.00000, 25.00000, "Great Sand Sea"),                        # G
 "border_eg": ("region", "EG", 30.9, 25.2, "Egypt-Libya border (Egyptian side)"),           # K
 # Libyan side
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                               # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                    # G
 "tobruk_mun": ("district", "LY", 32.08963, 23.95385, "Tobruk municipality"),               # G* (city row)
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),                   # G* (city row)
 "gan_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),             # G* (row مطار طبرق)
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),          # G
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                    # G
 "emsaed_crossing": ("crossing", "LY", 31.60968, 25.04999, "Emsaed crossing"),              # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                        # G
 "ain_ghazala": ("town", "LY", 32.15000, 23.33000, "Ain al Ghazala"),                       # G
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                    # G
 "kambut": ("town", "LY", 31.90434, 24.47840, "Kambut"),                                    # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),              # G (row برقة, found by grep الشرق الليبي)
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica"),                            # G
 "se_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                      # G
 "border_ly": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"),     # G* (row الحدود الليبية المصرية)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                        # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                           # G
}

TRAPS = {
 "lo1": ["الوطن", "المنطقة الغربية العسكرية", "الزاوية السنوسية", "الملك إدريس السنوسي", "عمر السيوي", "دعم مالي"],
 "lo2": ["درع الصحراء الغربية", "مصراوي", "القاهرة الإخبارية", "قائد المنطقة الغربية"],
 "lo3": ["الجيش الوطني الليبي", "الدستور", "ليبيا الأحرار", "عملية الكرامة", "محمد الطرابلسي"],
 "lo4": ["صدى البلد", "أخبار السلوم", "سالم السلومي", "لا أدري", "الهضبة"],
 "lo5": ["بوابة الوفد", "سبل السلام", "الجيش الوطني الليبي", "حكومة الوحدة الوطنية"],
}

PHEN = {
 "lo1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_neighbours", "countries"],
 "lo2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "lo3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "countries"],
 "lo4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "lo5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


EG, LNA = "Egyptian army", "Libyan National Army"

MOVES = {
 "lo1": [
  _m("reinforce", "reported", EG, ["مرسي مطروح"], ["سيوه"]),
  _m("deploy", "planned", EG, [], ["بحر الرمال الأعظم"]),
  _m("advance", "denied", EG, ["سيوة"], ["الجغبوب"]),
  _m("reinforce", "conditional", LNA, ["طبرق"], ["الجغبوب"]),
 ],
 "lo2": [
  _m("airlift", "reported", EG, ["قاعدة غرب القاهرة الجوية"], ["سيدي براني"]),
  _m("naval_landing", "reported", EG, ["الإسكندرية"], ["السلوم"]),
  _m("withdraw", "planned", EG, ["سيدي براني"], ["قاعدة محمد نجيب العسكرية"]),
  _m("deploy", "conditional", EG, [], ["الحدود مع ليبيا"]),
  _m("mobilise", "denied", LNA, [], ["امساعد"]),
 ],
 "lo3": [
  _m("redeploy", "reported", LNA, ["قاعدة جمال عبد الناصر الجوية"], ["امساعد"]),
  _m("shipment", "reported", LNA, ["قاعدة الخادم"], ["طبرق"], ["درنة", "عين الغزالة"]),
  _m("deploy", "planned", LNA, [], ["ميناء الحريقة"]),
  _m("withdraw", "conditional", LNA, ["امساعد"], ["قاعدة جمال عبد الناصر الجوية"]),
  _m("naval_landing", "denied", "Russian forces", [], ["ميناء طبرق"]),
 ],
 "lo4": [
  _m("reinforce", "reported", EG, ["سيدي براني"], ["منفذ السلوم البري"]),
  _m("deploy", "reported", LNA, ["طبرق"], ["إمساعد"]),
  _m("redeploy", "planned", LNA, ["كمبوت"], ["البردي"]),
  _m("mobilise", "conditional", LNA, [], ["امساعد"]),
  _m("withdraw", "denied", EG, ["السلوم"], ["مرسى مطروح"]),
 ],
 "lo5": [
  _m("redeploy", "reported", LNA, ["حقل السرير"], ["الجغبوب"]),
  _m("advance", "reported", LNA, ["الجغبوب"], ["الحدود مع مصر"]),
  _m("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["الجغبوب"]),
  _m("shipment", "denied", None, ["ميناء طرابلس"], ["طبرق"]),
  _m("mobilise", "conditional", EG, [], ["سيوة"]),
 ],
}

NOTES = {
 "lo1": "Al-Watan (Siwa): Egyptian border-guard reinforcement Marsa Matruh→Siwa (spelled مرسي مطروح / سيوه), planned "
        "posts in the Great Sand Sea, a denied Egyptian advance Siwa→Jaghbub (quoted claim) and the LNA commander's "
        "conditional reinforcement Tobruk→Jaghbub («إلى الواحة» = Jaghbub); Matruh governorate vs Marsa Matruh; "
        "traps: King Idris (إدري), the Senussi zawiya, a Siwan elder, «دعم مالي».",
 "lo2": "Masrawy (Cairo): an Egyptian exercise named «درع الصحراء الغربية» (trap) — airlift Cairo West air base→Sidi "
        "Barrani, a naval landing Alexandria→Sallum, a planned return Sidi Barrani→Mohamed Naguib base, a conditional "
        "deployment on the border with Libya (Egyptian side) and the LNA's denied build-up at Emsaed (speaker in "
        "Tobruk); Algiers (الجزائر العاصمة) vs Algeria; media traps مصراوي (contains مصر), «القاهرة الإخبارية».",
 "lo3": "Al-Dostor (Tobruk): LNA redeploy Gamal Abdel Nasser air base→Emsaed, an ammunition/fuel convoy Al Khadim "
        "base→Tobruk via Derna and Ain al-Ghazala, a planned company for the Hariga oil port, a conditional return "
        "Emsaed→the base («في القاعدة»), a denied Russian landing at Tobruk port; Tobruk municipality vs city; "
        "Sallum crossing as a locator; traps Libya Al-Ahrar, Operation Dignity, an analyst named الطرابلسي.",
 "lo4": "Sada El Balad (Sallum): civilian trucks and travellers (not moves) bound for Benghazi, Tripoli and Tunis; "
        "an Egyptian reinforcement Sidi Barrani→the Sallum land port («إلى المنفذ»), an LNA company Tobruk→Emsaed "
        "(spelled إمساعد), a planned Kambut→Bardia move, a conditional LNA build-up in Emsaed, a denied Egyptian "
        "pull-out Sallum→Marsa Matruh; traps «لا أدري», a trader named السلومي, the Facebook page «أخبار السلوم».",
 "lo5": "Al-Wafd (Benghazi): LNA redeploy Sarir field→Jaghbub (headline spelling جغبوب), an advance Jaghbub→the "
        "border with Egypt (Libyan side), a planned helicopter airlift Benina air base→Jaghbub, a denied arms "
        "shipment from the port of Tripoli (Lebanon) to Tobruk (no owner named) beside the GNU in Tripoli (Libya), "
        "and Egypt's conditional build-up in Siwa (speaker in Cairo).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("lo1", "lo2", "lo3", "lo4", "lo5")
