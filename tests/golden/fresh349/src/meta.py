# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # capitals and coast
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.108, 20.050, "Port of Benghazi"),               # K
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_port": ("crossing", "LY", 31.21, 16.59, "Port of Sirte"),                       # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra": ("district", "LY", 29.12, 15.95, "Al Jufra"),                                 # K (point near Hun)
 # Sabha and its quarters
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),             # G* (city row)
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),            # G* (row قاعدة تمنهنت)
 "qurda": ("town", "LY", 27.03766, 14.42832, "Al Qurda (Sabha)"),                       # G
 "tayuri": ("town", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),                    # G
 "hajara": ("town", "LY", 27.03766, 14.42832, "Hajara (Sabha)"),                        # G
 "nasiriya": ("town", "LY", 27.03766, 14.42832, "An-Nasiriya (Sabha)"),                 # K (Sabha point)
 "sukra": ("town", "LY", 27.03766, 14.42832, "Sukra (Sabha)"),                          # G
 "manshiya": ("town", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),                 # G
 # regions
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "southwest": ("region", "LY", 26.0, 11.5, "South-western Libya"),                      # K
 # Wadi al-Hayat, Ubari, the Sharara field
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                 # G
 # Wadi al-Shati
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "qirah": ("town", "LY", 27.58595, 14.35375, "Qirah"),                                  # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 # Ghat and the Algerian border
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "barkat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                            # G (row البركات)
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),              # G* (row الحدود الليبية الجزائرية)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 # Murzuq and the Niger border
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "el_feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                # G
}

LNA = "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    """One movement row in the order of tests/golden/README.md."""
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "mm1": ["فسانيا", "طارق بن زياد", "مسعود السبهاوي", "غدوة", "غرفة عمليات الجنوب الغربي", "شارع طرابلس",
         "الخطوط الليبية"],
 "mm2": ["إذاعة أوباري المحلية", "قوة حماية أوباري", "الشرارة الأولى", "ما ادري", "المعارضة التشادية", "تشاديين"],
 "mm3": ["إذاعة وادي الشاطئ المحلية", "صالح الإدريسي", "الإدريسي", "الفيلق الأفريقي", "روسي"],
 "mm4": ["إذاعة غات المحلية", "إبراهيم الغاتي", "الجيش الجزائري"],
 "mm5": ["بوابة أفريقيا الإخبارية", "بوابة أفريقيا", "طارق بن زياد", "المعارضة التشادية", "تشادي",
         "عبد السلام الطرابلسي"],
}

PHEN = {
 "mm1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_bases"],
 "mm2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "ambiguity_country_capital", "town_vs_district", "coverage_oil", "coverage_neighbours",
         "countries"],
 "mm3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "coverage_bases"],
 "mm4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "mm5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}

MOVES = {
 "mm1": [
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["القرضة"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار سبها"]),
  mv("withdraw", "denied", LNA, ["الطيوري"]),
  mv("deploy", "planned", None, [], ["حجارة", "الناصرية", "سكرة"]),
  mv("mobilise", "conditional", None, [], ["المنشية"]),
 ],
 "mm2": [
  mv("redeploy", "reported", LNA, ["اوباري"], ["حقل الشرارة"]),
  mv("shipment", "planned", LNA, ["سبها"], ["العوينات"], ["الغريفة", "اوباري"]),
  mv("advance", "denied", "Chadian armed groups", ["أم الأرانب"], ["أوباري"]),
  mv("mobilise", "reported", None, [], ["جرمة"]),
  mv("withdraw", "conditional", None, ["الغريفة"], ["أوباري"]),
 ],
 "mm3": [
  mv("deploy", "reported", LNA, ["قاعدة براك الجوية"], ["إدري"]),
  mv("reinforce", "conditional", LNA, ["براك"], ["قيرة"]),
  mv("redeploy", "denied", LNA, ["وادي الشاطئ"], ["سبها"]),
  mv("withdraw", "reported", "Russian forces", ["قاعدة براك"], ["قاعدة الجفرة الجوية"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["قاعدة براك"]),
 ],
 "mm4": [
  mv("deploy", "reported", LNA, ["غات"], ["منفذ إيسين"]),
  mv("advance", "conditional", LNA, [], ["الحدود مع الجزائر"]),
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  mv("withdraw", "denied", LNA, ["العوينات"]),
  mv("redeploy", "planned", LNA, ["العوينات"], ["مطار غات"]),
 ],
 "mm5": [
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء سرت"]),
  mv("reinforce", "planned", LNA, ["سرت"], ["سبها"], ["الجفرة"]),
  mv("naval_landing", "conditional", LNA, ["بنغازي"], ["ميناء سرت"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["القطرون"]),
  mv("shipment", "reported", None, ["النيجر"], ["مرزق"], ["منفذ التوم"]),
 ],
}

NOTES = {
 "mm1": "Sabha newspaper page (Fasania style): a Tariq bin Ziyad column Tamanhint air base→Al-Qurda (told as «دخل الحي»), "
        "an Il-76 Benina→Sabha airport («في المطار نفسه»), Battalion 116's denied pull-out from Al-Tayouri, a planned "
        "police deployment to Hajara/An-Nasiriya/Sukra and Al-Manshiya elders' conditional «سيحشدون»; traps: colloquial "
        "«غدوة» (tomorrow, also the town Ghuddwa), «شارع طرابلس», «مسعود السبهاوي», «غرفة عمليات الجنوب الغربي»; the "
        "Tripoli flight is not a movement.",
 "mm2": "Ubari local radio bulletin: a Brigade 128 company Ubari→the Sharara field (redeploy), a planned fuel/ammunition "
        "convoy Sabha→Al-Awaynat via Al-Ghurayfa and Ubari, the municipality's denial of a Chadian advance Umm al-Aranib→"
        "Ubari, a reported mobilisation in Germa and a local force's conditional pull-back from the Ghurayfa gate into "
        "Ubari («بمجرد»); traps: the radio's and the force's names containing Ubari, «الشرارة الأولى», «ما ادري»; the "
        "Tuareg delegation back from Algiers is not a movement.",
 "mm3": "Wadi al-Shati local radio (Brak): Battalion 177 Brak air base→Idri, its conditional reinforcement Brak→Qirah "
        "(«إذا»), its denied transfer Wadi al-Shati→Sabha, an Africa Corps column leaving Brak air base for the Jufra air "
        "base (witnesses in Qirah, which is not a movement place) and a planned cargo-plane rotation Benina→Brak air base; "
        "traps: «صالح الإدريسي» (contains Idri), the radio's name containing Wadi al-Shati; the closed Brak–Ash Shwayrif "
        "road is not a movement.",
 "mm4": "Ghat local radio: a border-guard company Ghat→the Isayen crossing (headline spelling «ايسين»), its conditional "
        "advance to the border with Algeria, an Algerian reinforcement Illizi→Djanet told by returning traders, the mayor's "
        "denial of a pull-out from Al-Awaynat and a planned company Al-Awaynat→Ghat airport («هذا مش انسحاب»); a medicine "
        "flight and traders are not movements; Algiers (city) vs Algeria (country).",
 "mm5": "Afrigate-style Sabha office round-up: an LNA landing ship Benghazi port→Sirte port with Tariq bin Ziyad armour, a "
        "planned land move Sirte→Sabha via Al-Jufra, a conditional second sea lift Benghazi→«الميناء ذاته» (Sirte port), a "
        "denied Chadian massing around Al Qatrun and a seized arms shipment Niger→Murzuq via the Toummo crossing; the oil "
        "ministry delegation to Sabha and the border presence («ماسكين الأرض … لين الحدود مع النيجر») are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("mm1", "mm2", "mm3", "mm4", "mm5")
BAR_IN_TEXT = True  # headlines have a literal "|" («#سبها |», «موجز الظهيرة |», «#غات |»)
