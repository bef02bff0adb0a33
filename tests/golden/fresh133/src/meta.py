# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "greece": ("country", "GR", 39.07170, 21.95170, "Greece"),                                # G
 # cities used in several articles
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                   # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "benghazi_port": ("crossing", "LY", 32.1050, 20.0520, "Port of Benghazi"),                # K
 "marsa_matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                       # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                                # G
 # ee1 Egyptian side (Youm7)
 "july3_base": ("base", "EG", 31.40710, 26.58320, "3 July Naval Base (Gargoub)"),          # G* (row النجيلة)
 "gargoub": ("town", "EG", 31.40710, 26.58320, "Gargoub (Jarjub)"),                        # G* (row النجيلة)
 "ras_el_tin": ("base", "EG", 31.2005, 29.8680, "Ras El Tin Naval Base"),                  # K
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                           # G
 "border_eg": ("region", "EG", 31.0, 25.15, "Egypt-Libya border (Egyptian side)"),         # K
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                       # G
 "sallum_crossing": ("crossing", "EG", 31.600, 25.065, "Sallum land port"),                # K
 "mohamed_naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),     # G
 "matruh_airport": ("airport", "EG", 31.3254, 27.2217, "Marsa Matruh Airport"),           # K
 "east_libya": ("region", "LY", 26.22677, 22.07486, "Eastern Libya"),                      # G* (row برقة)
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),               # G
 # ee2 Derna (Africa Gate News)
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                     # G
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                                 # G
 "fataih": ("town", "LY", 32.76704, 22.63669, "Al Fataih (Derna)"),                        # G
 "umm_rizam": ("town", "LY", 32.53332, 23.00904, "Umm ar Rizam"),                          # G
 "martuba": ("town", "LY", 32.57421, 22.76353, "Martubah"),                                # G
 "ras_hilal": ("village", "LY", 32.87000, 22.18000, "Ras al Hilal"),                       # G
 "wadi_derna": ("region", "LY", 32.74, 22.62, "Wadi Derna"),                               # K
 "derna_port": ("crossing", "LY", 32.7700, 22.6500, "Port of Derna"),                      # K
 # ee3 Tobruk naval units (Elaph)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                   # G* (row لأندأن)
 "athens": ("city", "GR", 37.98376, 23.72784, "Athens"),                                   # G* (row آتن)
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                   # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                  # G
 "bardia": ("town", "LY", 31.75601, 25.08530, "Al Bardiyah"),                              # G (row بردية)
 "border_lyeg_coast": ("region", "LY", 31.55, 24.98, "Libya-Egypt border (Libyan side, coast)"),  # K
 "butnan": ("district", "LY", 30.16346, 23.87338, "Al Butnan"),                            # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),         # G
 # ee4 Jaghbub and the border (Al Mayadeen)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                              # G
 "jaghbub_mun": ("district", "LY", 29.74262, 24.51676, "Al Jaghbub municipality"),         # G* (town row)
 "tobruk_refinery": ("oilfield", "LY", 32.0800, 23.9800, "Tobruk refinery"),               # K
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                       # G
 "border_lyeg_south": ("region", "LY", 29.75, 24.90, "Libya-Egypt border (Libyan side, Jaghbub)"),  # K
 "kambut": ("town", "LY", 31.90434, 24.47840, "Kambut"),                                   # G
 "bardi": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                    # G (row البردي)
 "emsaed_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "great_sand_sea": ("region", "EG", 26.6, 25.3, "Great Sand Sea"),                         # K
 "western_desert_eg": ("region", "EG", 25.70408, 28.49824, "Western Desert (Egypt)"),      # G* (row غرب مصر)
 # ee5 Jebel Akhdar (Al-Watan al-Libiya)
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                                  # G
 "shahat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                                  # G
 "susa": ("town", "LY", 32.89702, 21.96583, "Susah"),                                      # G
 "cyrene": ("town", "LY", 32.80430, 21.86605, "Cyrene (ancient site at Shahhat)"),         # G* (row شحات)
 "apollonia": ("town", "LY", 32.89702, 21.96583, "Apollonia (Susah)"),                     # G (row Susah, name_ar أبولونيا)
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "Al Abraq Airport"),               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                          # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                    # G
 "wadi_kuf": ("region", "LY", 32.69655, 21.56561, "Wadi al-Kuf (bridge)"),                 # K
 "qasr_libya": ("town", "LY", 32.63333, 21.41667, "Qasr Libya"),                           # G
 "abyar": ("town", "LY", 32.19000, 20.59653, "Al Abyar"),                                  # G
 "tocra": ("town", "LY", 32.53414, 20.57911, "Tukrah"),                                    # G
 "jabal_akhdar": ("region", "LY", 32.02519, 21.79830, "Jebel Akhdar"),                     # G* (district row as region)
}

TRAPS = {
 "ee1": ["اليوم السابع", "جمال عبد الناصر", "شارع الإسكندرية", "المنطقة الغربية العسكرية", "الجانب الليبي",
         "قوات مصرية"],
 "ee2": ["بوابة أفريقيا الإخبارية", "الجيش الوطني الليبي", "صندوق التنمية وإعادة إعمار ليبيا", "سالم الطبرقي",
         "الخيام البيضاء", "العاصفة دانيال"],
 "ee3": ["إيلاف", "الجيش الوطني الليبي", "وزارة الدفاع اليونانية", "المذكرة التركية الليبية", "ليبيا الحدث",
         "السواحل الليبية", "مشاة البحرية المصرية"],
 "ee4": ["الميادين نت", "الزاوية السنوسية", "محمد بن علي السنوسي", "القوات المصرية", "الجانب الليبي",
         "حرس الحدود المصرية", "الملك إدريس السنوسي"],
 "ee5": ["الوطن الليبية", "الجيش الوطني الليبي", "الأسلحة البيضاء", "إذاعة الجبل الأخضر", "جامعة عمر المختار",
         "الملك إدريس"],
}

PHEN = {
 "ee1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "ee2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "coverage_crossings"],
 "ee3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital",
         "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "ee4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "town_vs_district", "coverage_oil", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "ee5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "coverage_bases", "countries"],
}

LNA, EGY = "Libyan National Army", "Egyptian army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ee1": [
  mv("redeploy", "reported", EGY, ["قاعدة رأس التين البحرية"], ["قاعدة 3 يوليو البحرية"]),
  mv("reinforce", "reported", EGY, ["سيدي براني"], ["السلوم", "منفذ السلوم البري"]),
  mv("airlift", "planned", EGY, ["قاعدة محمد نجيب العسكرية"], ["مطار مرسى مطروح"]),
  mv("mobilise", "conditional", EGY, [], ["الحدود مع ليبيا"]),
  mv("advance", "denied", EGY, [], ["طبرق"], ["منفذ السلوم البري"]),
 ],
 "ee2": [
  mv("redeploy", "reported", LNA, ["القبة"], ["الفتائح"]),
  mv("reinforce", "reported", LNA, ["طبرق"], ["درنة"], ["أم الرزم", "مرتوبة"]),
  mv("shipment", "reported", LNA, ["ميناء بنغازي"], ["ميناء درنة"]),
  mv("redeploy", "planned", LNA, ["درنة"], ["رأس الهلال"]),
  mv("deploy", "conditional", LNA, [], ["وادي درنة"]),
  mv("mobilise", "denied", LNA, [], ["القبة"]),
 ],
 "ee3": [
  mv("redeploy", "reported", LNA, ["ميناء بنغازي"], ["قاعدة طبرق البحرية"]),
  mv("naval_landing", "planned", LNA, [], ["البردية"]),
  mv("shipment", "reported", LNA, ["بنغازي"], ["قاعدة طبرق البحرية"]),
  mv("deploy", "reported", None, [], ["كريت"]),
  mv("withdraw", "conditional", LNA, ["طبرق"], ["بنغازي"]),
  mv("naval_landing", "denied", EGY, [], ["ميناء الحريقة"]),
 ],
 "ee4": [
  mv("reinforce", "reported", LNA, ["طبرق"], ["الجغبوب"], ["كمبوت"]),
  mv("redeploy", "reported", LNA, ["البردي"], ["منفذ امساعد"]),
  mv("deploy", "planned", LNA, [], ["الجغبوب", "بحر الرمال الأعظم"]),
  mv("reinforce", "conditional", EGY, ["مرسى مطروح"], ["سيوة"]),
  mv("advance", "denied", EGY, [], ["الجغبوب"]),
 ],
 "ee5": [
  mv("deploy", "reported", LNA, ["البيضاء"], ["شحات", "سوسة"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الأبرق"]),
  mv("redeploy", "planned", LNA, ["المرج"], ["وادي الكوف"]),
  mv("reinforce", "conditional", LNA, ["بنغازي"], ["قصر ليبيا", "الأبيار"]),
  mv("withdraw", "denied", LNA, ["توكرة"], ["بنغازي"]),
 ],
}

NOTES = {
 "ee1": ("Youm7-style report from Marsa Matruh on the Egyptian side: a naval group Ras El Tin base (Alexandria = "
         "locator) -> 3 July base (reported redeploy; the carrier «جمال عبد الناصر» is a ship name, a trap); border "
         "guards Sidi Barrani -> Sallum and around the Sallum land port (reported reinforce, two destinations); a "
         "planned Saiqa airlift Mohamed Naguib base -> Matruh airport; a conditional armour build-up on the border "
         "(«ستحشد … إذا», mobilise); a denied column via the Sallum crossing towards Tobruk. The distance reference "
         "(140 km from the border), «الشرق الليبي» in the condition, the governor of مطروح (district) and «بين مصر "
         "وليبيا» are not movement places."),
 "ee2": ("Africa Gate News-style report from Derna: LNA infantry battalion Al-Qubba -> Al-Fataih (reported redeploy); "
         "an armoured company Tobruk -> Derna via Umm ar Rizam and Martuba (reported reinforce); a landing ship with "
         "military engineering equipment Benghazi port -> Derna port (reported shipment: cargo, no troops); a planned "
         "military-police move Derna -> Ras al-Hilal; conditional engineers to Wadi Derna («في حال»); a denied «حشد» "
         "in Al-Qubba. Reconstruction trucks from Benghazi are civilian; «غرفة عمليات درنة» keeps درنة as gold; "
         "«درنه» spelling variant; the 2023 flood background is not a movement."),
 "ee3": ("Elaph-style London report on naval units: LNA patrol boats Benghazi port -> Tobruk naval base (reported "
         "redeploy); a planned marine landing at Al-Bardiyah (the border phrase only locates it; no origin written); "
         "last month's ammunition shipment Benghazi -> Tobruk naval base (reported flashback); Greek frigates to the "
         "waters south of Crete (reported deploy, actor null: the Greek navy is not a canonical actor); a conditional "
         "return Tobruk -> Benghazi («لن … إلا إذا»); a denied landing of Egyptian marines at Marsa al-Hariga port "
         "(بطبرق = locator). Athens as venue and as metonym for the Greek government (city); Cairo as metonym; Tripoli "
         "only as the GNU's seat; the Al Butnan coasts are a locator."),
 "ee4": ("Al Mayadeen-style report from Tobruk: LNA border-guard reinforcement Tobruk -> Al-Jaghbub via Kambut "
         "(reported); a company Al-Bardi -> the Emsaed crossing (reported redeploy); a planned company around "
         "Al-Jaghbub and on the Great Sand Sea edge; Egypt's conditional border-guard reinforcement Marsa Matruh -> "
         "Siwa («إذا»); a denied Egyptian patrol entering Al-Jaghbub. Trucks towards Sallum, fuel smuggled from the "
         "Tobruk refinery, the Senussi lodge («الزاوية السنوسية», trap), the Western Desert as the smugglers' origin, "
         "Cairo/Benghazi/Tripoli as speakers and the Jaghbub-Siwa trade are not movements; «بلدية الجغبوب» is the "
         "district; «الملك إدريس السنوسي» is a person trap."),
 "ee5": ("Al-Watan al-Libiya-style report from Al-Bayda: LNA battalion from Al-Bayda into Shahhat and Susah (reported "
         "deploy); a Saiqa airlift Benina air base -> Al-Abraq airport (reported); a planned company Al-Marj -> Wadi "
         "al-Kuf; a conditional reinforcement Benghazi -> Qasr Libya and Al-Abyar («إذا»); a denied withdrawal Tocra "
         "-> Benghazi. Cyrene/Apollonia as tourist sites, the Marj-Bayda road, resumed civil flights to Al-Abraq and "
         "Omar al-Mukhtar University are not movements; «الأسلحة البيضاء», «إذاعة الجبل الأخضر» and «الملك إدريس» "
         "are traps; سوسة is the Libyan Susah, not Sousse."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ee1", "ee2", "ee3", "ee4", "ee5")
