# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # shared
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 "emsaed_crossing": ("crossing", "LY", 31.60968, 25.04999, "Emsaed (Amsaad) border crossing"),  # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G (yf2 written as the row); G* in yf4 (قاعدة بنينا)
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matrouh Governorate"),           # G
 "border_lyeg_coast": ("region", "LY", 31.45, 24.95, "Libya-Egypt border (Libyan side, coast)"),  # K
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # yf1 Derna's rebuilding (Sada El Balad)
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "derna_mun": ("district", "LY", 32.76704, 22.63669, "Derna municipality"),             # G* (city row)
 "babtobruk": ("district", "LY", 32.76704, 22.63669, "Bab Tobruk (Derna neighbourhood)"),  # G* (row باب طبرق, kind town)
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "martuba_base": ("base", "LY", 32.542, 22.745, "Martuba Air Base"),                    # K
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                              # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "Al Abraq Airport"),            # G
 "jabal_akhdar": ("district", "LY", 32.02519, 21.79830, "Al Jabal al Akhdar"),          # G
 # yf2 Tobruk naval base (Vetogate)
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "bomba_gulf": ("region", "LY", 32.40000, 23.10000, "Gulf of Bomba"),                   # G
 "gan_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),         # G* (row مطار طبرق, airport)
 "rasaltin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),               # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "assiut": ("city", "EG", 27.18096, 31.18368, "Assiut"),                                # G
 # yf3 Bardia, Emsaed and Sallum (Al-Wafd)
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                # G
 "kambut": ("town", "LY", 31.90434, 24.47840, "Kambut"),                                # G
 "bardia_port": ("crossing", "LY", 31.760, 25.090, "Port of Bardia"),                   # K
 "cairo_masr": ("city", "EG", 30.06263, 31.24967, "Cairo (colloquial Masr)"),           # G* (Cairo row)
 # yf4 fuel smuggling, Siwa and Jaghbub (Akhbar El Yom)
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "western_desert": ("region", "EG", 25.70408, 28.49824, "Western Desert of Egypt"),     # G* (row غرب مصر)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra district"),                # G (row الكفرة, district)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                     # G
 "tripoint": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),     # G
 "border_lyeg_jaghbub": ("region", "LY", 29.70, 24.92, "Libya-Egypt border (Libyan side, near Jaghbub)"),  # K
 # yf5 Egyptian-LNA coordination (Al-Gomhuria / MENA)
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "border_lyeg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border"),             # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
}

TRAPS = {
 "yf1": ["صدى البلد", "المصرية", "الليبية", "الجيش الوطني الليبي", "صندوق التنمية وإعادة إعمار ليبيا",
         "الفيلق الأفريقي الروسي", "فرج الطبرقي"],
 "yf2": ["فيتو", "ابن عوف", "الليبية", "المصرية", "الجلالة", "حماة الشواطئ", "السورية", "المصريون", "بريطانية"],
 "yf3": ["بوابة الوفد", "«الوفد»", "الجيش الليبي", "المصري", "الليبية", "مساعد وزير الداخلية", "الحاج مفتاح السلومي",
         "السولار الليبي", "الليبيين", "مصري", "العقيد إدريس الشاعري"],
 "yf4": ["بوابة أخبار اليوم", "الجيش الليبي", "لواء طارق بن زياد", "المنطقة الغربية العسكرية", "المصرية", "الليبية",
         "الملك إدريس السنوسي", "الزاوية السنوسية", "الدعم الليبي", "مصرية"],
 "yf5": ["الجمهورية أونلاين", "أ ش أ", "رعد الشرق", "الجيش الوطني الليبي", "الليبية", "اللبنانية", "الليبي", "ليبياً", "مصرية"],
}

PHEN = {
 "yf1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "town_vs_district",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "yf2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "yf3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "yf4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "yf5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area",
         "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "yf1": [
  mv("deploy", "reported", "Egyptian army", ["مرسى مطروح"], ["درنة"], ["منفذ امساعد"]),
  mv("withdraw", "conditional", "Egyptian army", ["درنة"]),
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["باب طبرق"], ["البيضاء"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة مرتوبة الجوية"], ["القبة"]),
  mv("mobilise", "denied", "Russian forces", [], ["مطار الأبرق"]),
 ],
 "yf2": [
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["قاعدة طبرق البحرية"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("deploy", "conditional", "Egyptian army", ["قاعدة رأس التين البحرية"], ["طبرق"]),
  mv("deploy", "denied", "Russian forces", ["طرطوس"], ["قاعدة طبرق البحرية"]),
 ],
 "yf3": [
  mv("deploy", "reported", "Libyan National Army", ["طبرق"], ["البردي"], ["كمبوت"]),
  mv("shipment", "reported", "Libyan National Army", ["قاعدة جمال عبد الناصر الجوية"], ["البردي"]),
  mv("advance", "conditional", "Egyptian army", [], ["امساعد"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة طبرق البحرية"], ["ميناء البردي"]),
  mv("withdraw", "denied", "Libyan National Army", ["منفذ امساعد"], ["طبرق"]),
 ],
 "yf4": [
  mv("reinforce", "reported", "Libyan National Army", ["طبرق"], ["الجغبوب"]),
  mv("redeploy", "planned", "Egyptian army", ["مرسى مطروح"], ["سيوة"]),
  mv("advance", "denied", "Egyptian army", ["سيوة"], ["الجغبوب"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة بنينا"], ["مطار الكفرة"]),
 ],
 "yf5": [
  mv("airlift", "reported", "Libyan National Army", ["بنغازي"], ["قاعدة محمد نجيب العسكرية"]),
  mv("naval_landing", "planned", "Egyptian army", ["الإسكندرية"], ["قاعدة طبرق البحرية"]),
  mv("mobilise", "conditional", "Libyan National Army", ["المرج"], ["إمساعد"]),
  mv("shipment", "denied", "Egyptian army", [], ["قاعدة الجفرة الجوية"]),
 ],
}

NOTES = {
 "yf1": "Derna's rebuilding: an Egyptian army engineering convoy Marsa Matruh→Derna via the Emsaed crossing; the "
        "engineer's Egyptian-Arabic «مش هنمشي من درنة غير لما نسلّم آخر عمارة» = conditional withdrawal from Derna; an "
        "LNA company Benghazi→the Bab Tobruk district via Al-Bayda; a planned engineering unit Martuba air base→Al-Qubba "
        "(the road 'between Al-Qubba and Derna' adds no place); a denied Africa Corps (Russian) massing at Al-Abraq "
        "airport. Tobruk/Benghazi as refuges of displaced families, Egypt, Jabal Akhdar and the Derna municipality are not "
        "movement places.",
 "yf2": "Tobruk naval base: LNA marines landed at the base from Benghazi port (Gulf of Bomba only the patrol area); a "
        "planned Il-76 airlift Benina air base→Gamal Abdel Nasser air base ('25 km south of Tobruk' is a locator); an "
        "Egyptian frigate will sail Ras el-Tin→Tobruk only if the channel is deepened (conditional); Russian warships "
        "Tartus→'the base' denied. Tripoli = seat of the GNA, Assiut = a worker's home town, the border only a distance "
        "reference.",
 "yf3": "Sallum/Bardia border: an LNA battalion Tobruk→Bardia via Kambut (Cairo only the meeting venue) and 12 ammunition "
        "and fuel trucks Gamal Abdel Nasser air base→'the town' = Bardia ('south of Tobruk' a locator); Egyptian forces "
        "'will not cross to Emsaed unless' asked (conditional advance, no origin written); 3 LNA patrol boats planned "
        "Tobruk naval base→Bardia port; the Emsaed crossing commander denies pulling guards back to Tobruk. Fuel seizure "
        "south of Sallum, Alexandria traders and «بنزل مصر» (= Cairo) are not movements.",
 "yf4": "Fuel smuggling Siwa–Jaghbub: an LNA Tariq bin Ziyad company Tobruk→Jaghbub (reported); a planned Egyptian "
        "border-guard battalion Marsa Matruh (also the dateline)→Siwa; the Egyptian military spokesman denies units "
        "crossed Siwa→Jaghbub; a conditional LNA airlift Benina→Kufra airport if smuggling to Sudan via the Uweinat "
        "triangle continues (condition only). Jaghbub's distances to the border and to Siwa are not movements.",
 "yf5": "Egyptian-LNA coordination (MENA via Al-Gomhuria): LNA special forces flown Benghazi→Mohamed Naguib base "
        "(reported); an Egyptian landing ship to carry marines Alexandria→Tobruk naval base (planned, «على أن تنقل ... وتنزلها»); LNA "
        "massing of units from Al-Marj in Emsaed (written إمساعد) if smuggling convoys return (conditional); Egyptian ammunition to Al-Jufra air "
        "base denied. A tanker seized off Tobruk bound for Tripoli (Lebanon) is not a force; Tripoli (Libya) = GNA seat.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("yf1", "yf2", "yf3", "yf4", "yf5")
