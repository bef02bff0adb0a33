# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 # capitals and other cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 # Derna and its districts
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "fataih": ("town", "LY", 32.76704, 22.63669, "Al Fataih (Derna)"),                     # G
 "shiha": ("town", "LY", 32.76704, 22.63669, "Shiha (Derna)"),                          # G
 "maghar": ("town", "LY", 32.76704, 22.63669, "Al Maghar (Derna)"),                     # G
 "bab_tobruk": ("town", "LY", 32.76704, 22.63669, "Bab Tobruk (Derna)"),                # K (Derna point, as the G rows)
 "sahel_sharqi": ("town", "LY", 32.77000, 22.65000, "Al Sahel al Sharqi (Derna)"),      # K
 "derna_port": ("crossing", "LY", 32.76700, 22.64500, "Port of Derna"),                 # K
 "wadi_derna": ("region", "LY", 32.74000, 22.60000, "Wadi Derna"),                      # K
 "karsa": ("village", "LY", 32.79000, 22.50000, "Karsa"),                               # K
 # Jebel Akhdar
 "jabal_akhdar": ("region", "LY", 32.02519, 21.79830, "Jebel Akhdar"),                  # G* (district row, as region)
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                              # G
 "qubba_mun": ("district", "LY", 32.75684, 22.24106, "Al Qubbah municipality"),         # G* (town row)
 "ain_mara": ("village", "LY", 32.70000, 22.42000, "Ain Mara"),                         # K
 "martuba": ("town", "LY", 32.57421, 22.76353, "Martubah"),                             # G
 "martuba_base": ("base", "LY", 32.57421, 22.76353, "Martuba Air Base"),                # G* (town row)
 "shahhat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                              # G
 "shahhat_mun": ("district", "LY", 32.80430, 21.86605, "Shahhat municipality"),         # G* (town row)
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "sousa": ("town", "LY", 32.89702, 21.96583, "Susah (Apollonia)"),                      # G* (row Sūsah, name_ar أبولونيا)
 "wadi_kuf": ("region", "LY", 32.69650, 21.56560, "Wadi al-Kuf"),                       # G
 "massah": ("town", "LY", 32.75249, 21.62807, "Massah"),                                # G
 "labraq": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),                   # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 "ras_hilal": ("village", "LY", 32.87000, 22.18000, "Ras al Hilal"),                    # G
 "east_ly": ("region", "LY", 27.07571, 20.30816, "Eastern Libya"),                      # G* (row شمال شرق ليبيا)
 # Tobruk and the Egyptian border
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),               # G* (city row)
 "gan_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),         # G* (row مطار طبرق, HLGN)
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "tamimi": ("town", "LY", 32.31000, 23.07000, "At Tamimi"),                             # G
 "umm_rizam": ("town", "LY", 32.53332, 23.00904, "Umm ar Rizam"),                       # G
 "emsaed": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G (row منفذ امساعد)
 "border_ly_eg": ("region", "LY", 31.60000, 24.95000, "Libya-Egypt border (Libyan side, near Emsaed)"),  # K
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
}

LNA, EGY, RUS = "Libyan National Army", "Egyptian army", "Russian forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "hc1": ["الجيش الليبي", "الميادين", "الجيش الوطني الليبي", "غرفة عمليات عمر المختار", "ما ادري", "سالم الدرناوي",
         "مجلس شورى مجاهدي درنة", "القبة الرئيسية لمسجد الصحابة"],
 "hc2": ["الجيش الليبي", "المصري اليوم", "الجيش الوطني الليبي", "محمد شحات", "الأمن القومي المصري",
         "قناة القاهرة الإخبارية"],
 "hc3": ["بي بي سي", "الجيش الوطني الليبي", "الخيام البيضاء", "جامعة عمر المختار", "كتيبة طارق بن زياد",
         "الهلال الأحمر"],
 "hc4": ["الجيش الوطني الليبي", "CNN", "فتحي الإدريسي", "لا أدري", "خليفة حفتر", "عملية الكرامة"],
 "hc5": ["الجيش الوطني الليبي", "سبوتنيك", "دبلوماسية روسية", "عسكري روسي", "وكالة الأنباء الليبية"],
}

PHEN = {
 "hc1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_idri", "vague_area", "coverage_crossings"],
 "hc2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "hc3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "vague_area", "town_vs_district", "countries"],
 "hc4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases",
         "countries"],
 "hc5": ["clitics", "multiword", "media_trap", "nisba", "vague_area", "border_phrase", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}

MOVES = {
 "hc1": [
  mv("redeploy", "reported", LNA, ["شيحا"], ["باب طبرق", "الساحل الشرقي"]),
  mv("reinforce", "reported", LNA, ["القبة"], ["درنه", "المغار", "ميناء درنة"], ["عين مارة"]),
  mv("withdraw", "denied", LNA, ["الفتائح"], ["مرتوبة"]),
  mv("deploy", "planned", LNA, [], ["كرسة"]),
  mv("advance", "conditional", LNA, ["باب طبرق"], ["وادي درنة"]),
 ],
 "hc2": [
  mv("airlift", "reported", LNA, ["قاعدة مرتوبة الجوية"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("shipment", "reported", LNA, ["ميناء الحريقة"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("redeploy", "planned", LNA, ["طبرق"], ["القبة"]),
  mv("mobilise", "denied", LNA, [], ["منفذ إمساعد"]),
  mv("reinforce", "conditional", EGY, ["مرسى مطروح"], ["السلوم"]),
 ],
 "hc3": [
  mv("deploy", "reported", LNA, ["البيضاء"], ["شحات"]),
  mv("withdraw", "reported", LNA, ["وادي الكوف"], ["مسة"]),
  mv("airlift", "planned", LNA, ["مطار الأبرق"], ["عين ماره"]),
  mv("shipment", "conditional", LNA, ["بنغازي"], ["البيضا"], ["المرج"]),
  mv("redeploy", "denied", LNA, ["بنغازي"], ["البيضاء"]),
 ],
 "hc4": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة مرتوبة الجوية"]),
  mv("reinforce", "reported", LNA, ["قاعدة مرتوبة الجوية"], ["القبة"]),
  mv("advance", "conditional", LNA, ["القبة"], ["عين مارة"]),
  mv("shipment", "planned", LNA, ["طبرق"], ["مرتوبه"]),
  mv("naval_landing", "denied", LNA, [], ["رأس الهلال"]),
 ],
 "hc5": [
  mv("naval_landing", "reported", LNA, ["ميناء طبرق"], ["ميناء درنة"]),
  mv("advance", "reported", LNA, ["التميمي"], ["أم الرزم"]),
  mv("withdraw", "conditional", LNA, ["أم الرزم"], ["طبرق"]),
  mv("mobilise", "planned", LNA, [], ["طبرق"]),
  mv("deploy", "denied", RUS, [], ["قاعدة جمال عبد الناصر الجوية"]),
 ],
}

NOTES = {
 "hc1": "Derna's districts after an attack at Al-Fataih (Al Mayadeen style): an LNA company Shiha→Bab Tobruk/Al-Sahel "
        "al-Sharqi (reported redeploy; a resident's retelling is the same move); reinforcements Al-Qubba→Derna (درنه)/"
        "Al-Maghar/Derna port via Ain Mara (reported); a denied pull-out Al-Fataih→Martuba; a planned engineering unit "
        "for Karsa; a conditional advance Bab Tobruk→«عمق الوادي» = Wadi Derna. Wadi Derna in «منع أي تسلل عبر وادي "
        "درنة» is a purpose; Tripoli is a speaker. Traps: «ما ادري», «سالم الدرناوي», «مجلس شورى مجاهدي درنة», «القبة "
        "الرئيسية لمسجد الصحابة» (Al-Qubba as a common word), Bab Tobruk holds the string طبرق.",
 "hc2": "Tobruk and the Egyptian border from Cairo (Al-Masry Al-Youm style): an LNA airlift Martuba air base→Gamal Abdel "
        "Nasser air base (reported; the headline Martuba→Tobruk is the same move); military fuel tankers Marsa al-Hariga"
        "→«القاعدة ذاتها» = the Gamal Abdel Nasser base (reported shipment); a planned artillery battalion Tobruk→Al-"
        "Qubba; a denied LNA build-up near the Emsaed crossing (the border phrase only locates it); Egypt's conditional "
        "reinforcement Marsa Matruh→Sallum («في حال»). Shahhat/Al Bayda (floods), Benghazi, Cairo, Tripoli and eastern "
        "Libya are not movement places. Trap: the Egyptian general «محمد شحات».",
 "hc3": "Floods in the Jebel Akhdar (BBC Arabic style): LNA engineers Al Bayda→Shahhat (reported deploy); a checkpoint "
        "pulled back Wadi al-Kuf→Massah (reported withdraw); a planned helicopter airlift La Abraq airport→Ain Mara "
        "(عين ماره); a conditional supply shipment Benghazi→Al Bayda (البيضا) via Al Marj («إذا ظل … ستُرسل»); a denied "
        "Tariq bin Ziyad move Benghazi→Al Bayda. Sousa is only on the cut road; the aid planes from Algeria and Tunisia "
        "(countries) are civilian, not movements. Trap: «الخيام البيضاء» (common word holding البيضاء).",
 "hc4": "Al-Qubba after an ambush (CNN Arabic style): a Saiqa airlift Benina air base→Martuba air base (reported; the "
        "headline's مرتوبة is the same move); vehicles «من القاعدة» = Martuba air base→Al-Qubba (reported reinforce, "
        "units already there); a conditional advance Al-Qubba→the woods round Ain Mara («إذا لم يسلّم»); a planned "
        "ammunition shipment Tobruk→Martuba (مرتوبه); a denied naval landing at Ras al-Hilal. The ambush road «بين القبة "
        "وعين مارة» is a locator; تونس (UNSMIL statement) is the city Tunis. Traps: «فتحي الإدريسي», «لا أدري».",
 "hc5": "Tobruk after the floods (Sputnik Arabic style): an LNA landing ship with an infantry battalion Tobruk port→"
        "Derna port (reported; the headline Tobruk→Derna is the same move); a border-guard patrol Al-Tamimi→Umm ar-Rizam "
        "(reported advance) and its pull-back Umm ar-Rizam→Tobruk «بمجرد إعادة فتح الطريق» (conditional); two companies "
        "to be massed in Tobruk (planned mobilise; Marsa al-Hariga is the purpose); Russian military personnel at the "
        "Gamal Abdel Nasser air base denied from Moscow (speaker). Al-Tamimi/Umm ar-Rizam in «بين … و…» first are the "
        "cut road; the Egyptian border and Alexandria are distance/trade references.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("hc1", "hc2", "hc3", "hc4", "hc5")
