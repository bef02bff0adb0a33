# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 # capitals, datelines and venues
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
 # Sabha and its quarters
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),             # G* (city row)
 "sabha_castle": ("base", "LY", 27.03766, 14.42832, "Sabha Castle (Fort Elena)"),       # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "tayuri": ("town", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),                    # G
 "manshiya": ("town", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),                 # G
 "qurda": ("town", "LY", 27.03766, 14.42832, "Al Qurda (Sabha)"),                       # G
 "hajara": ("town", "LY", 27.03766, 14.42832, "Hajara (Sabha)"),                        # G
 "jadid": ("town", "LY", 27.05000, 14.40000, "Al Jadid (Sabha)"),                       # G* (row الجديد, kind city)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "samnu": ("town", "LY", 27.27459, 14.88190, "Samnu"),                                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (air-base row, point near Hun/Waddan)
 "ghuddua": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 # Murzuq and the Tebu south
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # Ubari and the south-west
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                      # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "utba": ("town", "LY", 26.09502, 13.55744, "Wadi Utbah"),                              # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # the coast and the air bridge
 "sirte_port": ("crossing", "LY", 31.215, 16.570, "Port of Sirte"),                     # K
 "benghazi_port": ("crossing", "LY", 32.105, 20.055, "Port of Benghazi"),               # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
}

TRAPS = {
 "yo1": ["الجيش الليبي", "الشرق الأوسط", "الجيش الوطني الليبي", "قوة حماية الجنوب", "محمد إدريس", "إيطالية",
         "عماد الطرابلسي"],
 "yo2": ["القدس العربي", "الجيش الوطني الليبي", "أبوبكر القطروني", "التشادية"],
 "yo3": ["الجريدة", "كتيبة المغاوير", "لواء طارق بن زياد", "موسى إدريس", "الليبيين", "دعم مالي", "قطرية"],
 "yo4": ["عمون", "الجيش الوطني الليبي", "الاتفاق الجديد", "ليبيا الأحرار", "دارفورية", "غدوة الصبح"],
 "yo5": ["الجيش الليبي", "الوفد", "الجيش الوطني الليبي", "الليبية"],
}

PHEN = {
 "yo1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "town_vs_district", "coverage_bases"],
 "yo2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "yo3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "yo4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_crossings"],
 "yo5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "yo1": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["سبها", "الطيوري", "المنشية"]),
  mv("advance", "reported", None, ["الطيوري"], ["قلعة سبها"]),
  mv("reinforce", "planned", "Libyan National Army", ["براك"], ["قلعة سبها"]),
  mv("withdraw", "conditional", None, ["قلعة سبها"], ["الطيوري"]),
  mv("mobilise", "denied", None, [], ["سمنو"]),
 ],
 "yo2": [
  mv("reinforce", "reported", None, ["القطرون", "أم الأرانب"], ["مرزق"]),
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["مرزق"], ["غدوة"]),
  mv("withdraw", "conditional", None, ["مرزق"], ["القطرون"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة الويغ"], ["القطرون"]),
  mv("shipment", "denied", "Chadian armed groups", [], ["مرزق"], ["منفذ التوم"]),
 ],
 "yo3": [
  mv("withdraw", "reported", None, ["حقل الشرارة"], ["العوينات"]),
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["أوباري"], ["جرمة", "الغريفة"]),
  mv("withdraw", "conditional", None, ["حقل الفيل"]),
  mv("redeploy", "planned", "Libyan National Army", ["إدري"], ["حقل الشرارة"]),
  mv("advance", "denied", "Foreign fighters", ["مالي", "النيجر"], ["أوباري"], ["منفذ إيسين"]),
 ],
 "yo4": [
  mv("redeploy", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["مطار سبـها"]),
  mv("withdraw", "reported", None, ["مطار سبـها"], ["حجارة"]),
  mv("withdraw", "conditional", None, ["القرضة"]),
  mv("deploy", "planned", "Libyan National Army", [], ["غدوة"]),
  mv("naval_landing", "planned", "Libyan National Army", ["ميناء بنغازي"], ["ميناء سرت"]),
  mv("airlift", "denied", "Sudanese armed groups", ["الكفرة"], ["سبها"]),
 ],
 "yo5": [
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء سرت"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت الجوية"]),
  mv("deploy", "planned", "Libyan National Army", ["تمنهنت"], ["وادي عتبة"], ["سبها"]),
  mv("mobilise", "conditional", None, [], ["جرمة"]),
  mv("shipment", "denied", "Libyan National Army", [], ["وادي عتبة"]),
 ],
}

NOTES = {
 "yo1": "Sabha, Awlad Suleiman against Tebu: an LNA battalion Tamanhint air base→Sabha, stationed in the strip between "
        "Al-Tayuri and Al-Manshiya (both quarters taken as destinations); the Tebu gunmen's reported advance Al-Tayuri→"
        "Sabha castle; a planned company Brak→the castle ('مواقع القلعة' = قلعة سبها); the elders' truce: a Tebu "
        "pull-back castle→Al-Tayuri conditional ('شرط أن') on Awlad Suleiman leaving Al-Manshiya (the condition is not a "
        "separate movement); Awlad Suleiman deny massing in Samnu (Sabha only the distance reference). Cairo dateline, "
        "Idri/Jufra elders, Rome 2017, the GNU in Tripoli, the municipality and the airport's suspended flights are not "
        "movement places.",
 "yo2": "Murzuq: Tebu 'faz'a' fighters Al-Qatrun + Umm al-Aranib→Murzuq; an LNA (116 battalion) force Sabha→Murzuq via "
        "Ghuddua, stationed at the northern gate as a buffer; the Tebu fighters will not go back Murzuq→Al-Qatrun unless "
        "Awlad Suleiman pull back behind Ghuddua (condition, not annotated); a planned company Al-Wigh base→Al-Qatrun "
        "('the road towards the border with Niger' is a purpose, not a destination); the Tebu council denies a Chadian "
        "opposition arms shipment to Murzuq via the Toummo crossing. Tripoli (dateline, Presidential Council), the "
        "Murzuq district's displaced, El Feel and the south are not movement places.",
 "yo3": "Ubari, Tuareg against Tebu: Tuareg (Maghawir) gunmen pull back from the Sharara field to Al-Awaynat; Tariq bin "
        "Ziyad (LNA) reinforcements Sabha→Ubari via Germa and Al-Ghurayfa; the Tebu will not leave El Feel unless the "
        "Maghawir leave Ubari (that clause is the condition, not a movement); a planned company Idri→Sharara; the Tuareg "
        "council denies fighters from Mali and Niger entering Ubari via the Isayen crossing (the border with Algeria only "
        "locates the crossing). Tunis dateline, Wadi al-Hayat and Doha 2015, the south-west are not movement places.",
 "yo4": "Sabha airport road: an LNA armoured company Brak air base→Sabha airport after Tebu gunmen pulled back from around "
        "the airport ('محيط المطار') to Hajara; Awlad Suleiman will not leave Al-Qurda unless the Tebu hand over Al-Tayuri's "
        "gates (conditional withdraw, no destination); the same company to deploy in Ghuddua (planned; 'the road towards "
        "Murzuq' is a purpose; Sabha a distance reference); a planned sea landing of 40 vehicles Benghazi port→Sirte port "
        "('براً إلى الجنوب' names no place); the LNA denies Darfuri fighters flown Kufra→Sabha. Amman dateline, Jufra "
        "elders, Al-Jadid and Al-Manshiya shops, the 'غدوة الصبح' quote (tomorrow morning) are not movements.",
 "yo5": "LNA sea and air bridge to the south: a landing ship Benghazi port→Sirte port and two Il-76s Benina air base→"
        "Tamanhint air base (reported); the force to move by road Tamanhint→Wadi Utba via Sabha (planned); Tuareg elders "
        "threaten to mobilise in Germa if the Tebu do not leave Wadi Utba (conditional mobilise; the Tebu pull-out is the "
        "condition); the LNA denies handing an arms shipment to Tebu fighters in Wadi Utba. Benghazi dateline, Al-Rajma "
        "(the command's seat), the Ubari–Wadi Utba road of the clashes, Fezzan, Cairo, Egypt and the south are not "
        "movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("yo1", "yo2", "yo3", "yo4", "yo5")
