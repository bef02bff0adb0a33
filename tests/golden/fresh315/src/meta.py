# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 # the east: cities and towns
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                   # G
 "derna_mun": ("district", "LY", 32.76704, 22.63669, "Derna municipality"),              # G* (city row)
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                                # G
 "shahhat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                               # G
 "shahhat_mun": ("district", "LY", 32.80430, 21.86605, "Shahhat municipality"),          # G* (town row)
 "susa": ("town", "LY", 32.89702, 21.96583, "Susah"),                                    # G (row name_ar أبولونيا)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                  # G
 "marj_mun": ("district", "LY", 32.49257, 20.82909, "Al Marj municipality"),             # G* (town row)
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                               # G
 "ras_hilal": ("village", "LY", 32.87000, 22.18000, "Ras al Hilal"),                     # G
 "qasr_libya": ("town", "LY", 32.63333, 21.41667, "Qasr Libya"),                         # G
 "jardas": ("town", "LY", 32.30337, 20.98615, "Jardas al Abid"),                         # G
 "tocra": ("town", "LY", 32.53414, 20.57911, "Tocra"),                                   # G
 "abyar": ("town", "LY", 32.19000, 20.59653, "Al Abyar"),                                # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                             # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 # the east: areas, wadis, the dam
 "jabal_akhdar": ("region", "LY", 32.02519, 21.79830, "Jebel Akhdar"),                   # G* (district row, as region)
 "wadi_derna": ("region", "LY", 32.70, 22.60, "Wadi Derna"),                             # K
 "abu_mansour": ("region", "LY", 32.658, 22.578, "Abu Mansour dam"),                     # K
 "wadi_kuf": ("region", "LY", 32.69650, 21.56560, "Wadi al-Kuf"),                        # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),           # G* (row برقة)
 "border_ly_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border"),             # G* (row الحدود الليبية المصرية)
 "border_ly_eg_coast": ("region", "LY", 31.40, 24.95, "Libya-Egypt border (Amsaad)"),    # K
 # bases, airports, ports, crossings, oil
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                   # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "Al Abraq Airport"),             # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "gan_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),          # G* (row مطار طبرق)
 "tobruk_port": ("crossing", "LY", 32.078, 23.975, "Tobruk port"),                       # K
 "benghazi_port": ("crossing", "LY", 32.100, 20.050, "Benghazi port"),                   # K
 "derna_port": ("crossing", "LY", 32.768, 22.650, "Derna port"),                         # K
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),       # G
 "brega_port": ("oilfield", "LY", 30.41, 19.58, "Marsa el Brega oil terminal"),          # K
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad crossing"),                    # G
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                         # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                           # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "salloum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),           # G
 "ras_tin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),                 # G
 "cairo_west": ("base", "EG", 30.116, 30.915, "Cairo West Air Base"),                    # K
 # Tunisia, Algeria, Lebanon
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "aouina": ("base", "TN", 36.851, 10.227, "El Aouina Air Base"),                         # K
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "boufarik": ("base", "DZ", 36.57413, 2.91214, "Boufarik Air Base"),                     # G* (town row)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                  # G
}

TRAPS = {
 "le1": ["بوابة إفريقيا الإخبارية", "البوابة", "غرفة عمليات الكرامة", "الهلال الأحمر الليبي", "شارع عمر المختار",
         "لا أدري", "قناة ليبيا الحدث"],
 "le2": ["سبوتنيك", "الليبي", "إدريس بوخطوة", "الخيام البيضاء", "الدفاع المدني اللبناني", "اللبنانية", "التونسي",
         "التونسية", "قوات مصرية", "الفريق المصري", "جامعة عمر المختار"],
 "le3": ["«الدستور»", "«جمال عبد الناصر»", "القوات المسلحة المصرية", "عسكري مصري", "الجانب الليبي", "عسكري ليبي"],
 "le4": ["إيلاف", "جزائرية", "الجيش الوطني الشعبي الجزائري", "اللواء طارق بن زياد المعزز", "شركة البريقة لتسويق النفط",
         "عبد الرزاق الطرابلسي"],
 "le5": ["بي بي سي", "الهرج والمرج", "سالم المرجاوي"],
}

PHEN = {
 "le1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases"],
 "le2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "town_vs_district", "coverage_bases",
         "coverage_neighbours", "countries"],
 "le3": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "vague_area", "border_phrase", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "le4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "le5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "vague_area",
         "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
}

LNA, EG, DZ, TN, GNA = "Libyan National Army", "Egyptian army", "Algerian army", "Tunisian army", "GNA forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "le1": [
  mv("deploy", "reported", LNA, ["بنغازي"], ["درنة", "وادي درنة", "سد أبو منصور"], ["المرج", "البيضاء"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الأبرق"]),
  mv("redeploy", "planned", LNA, [], ["رأس الهلال"]),
  mv("reinforce", "conditional", LNA, ["طبرق"], ["درنة"]),
  mv("withdraw", "denied", LNA, ["شحات"], ["البيضاء"]),
 ],
 "le2": [
  mv("deploy", "reported", LNA, ["البيضاء"], ["شحات", "سوسة"]),
  mv("reinforce", "reported", LNA, ["المرج"], ["البيضاء"], ["قصر ليبيا"]),
  mv("withdraw", "conditional", LNA, ["وادي الكوف"], ["البيضاء"]),
  mv("airlift", "planned", TN, ["قاعدة العوينة الجوية"], ["مطار الأبرق"]),
  mv("deploy", "denied", EG, [], ["البيضاء"]),
 ],
 "le3": [
  mv("deploy", "reported", EG, ["قاعدة محمد نجيب العسكرية"], ["درنة"],
     ["مرسى مطروح", "سيدي براني", "منفذ السلوم البري", "منفذ امساعد", "طبرق"]),
  mv("naval_landing", "reported", EG, ["قاعدة رأس التين البحرية"], ["ميناء طبرق"]),
  mv("airlift", "planned", EG, ["قاعدة غرب القاهرة الجوية"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("reinforce", "conditional", EG, [], ["درنة"]),
  mv("shipment", "reported", LNA, ["ميناء الحريقة"], ["درنة"]),
  mv("redeploy", "denied", LNA, ["منفذ امساعد"], ["درنة"]),
 ],
 "le4": [
  mv("airlift", "reported", DZ, ["قاعدة بوفاريك الجوية"], ["قاعدة بنينا الجوية"]),
  mv("redeploy", "reported", LNA, ["قاعدة الجفرة الجوية"], ["المرج"], ["اجدابيا", "بنغازى"]),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء درنة"]),
  mv("mobilise", "planned", LNA, [], ["بنينا"]),
  mv("airlift", "conditional", LNA, ["بنينا"], ["مطار الأبرق"]),
  mv("deploy", "denied", GNA, [], ["بنغازي"]),
 ],
 "le5": [
  mv("advance", "reported", LNA, ["المرج"], ["جردس العبيد"]),
  mv("advance", "planned", LNA, ["جردس العبيد"], ["قصر ليبيا"]),
  mv("withdraw", "reported", LNA, ["توكره"], ["الأبيار"]),
  mv("mobilise", "conditional", LNA, [], ["المرج"]),
  mv("shipment", "denied", None, [], ["المرج"], ["الحدود مع مصر"]),
 ],
}

NOTES = {
 "le1": ("Derna after new rains (Africa Gate News): an LNA engineering battalion Benghazi→Derna/Wadi Derna/the Abu Mansour "
         "dam site via Al-Marj and Al-Bayda, an airlift Benina air base→Al-Abraq airport, a planned company move to Ras "
         "al-Hilal (no origin written), a conditional Tobruk→Derna reinforcement and a denied Shahhat→Al-Bayda pull-out; "
         "municipal buses moving families to Al-Qubba and the Red Crescent are not force moves; traps: the outlet, «البوابة», "
         "the operations room, «شارع عمر المختار», «لا أدري», Libya Al-Hadath TV."),
 "le2": ("Al-Bayda and Shahhat cut off (Sputnik): LNA units Al-Bayda→Shahhat/Susa, a reinforcement Al-Marj→Al-Bayda via Qasr "
         "Libya, a conditional pull-back Wadi al-Kuf→Al-Bayda, a planned Tunisian army flight El Aouina air base→«المطار ذاته» "
         "(= Al-Abraq airport) and a denied Egyptian entry into Al-Bayda; the Lebanese civil-defence team from Tripoli "
         "(Lebanon) and the Egyptian civilian medical team are not force moves; «البيضا» (dialect) is Al-Bayda; traps: the "
         "mayor Idris, «الخيام البيضاء», Omar al-Mukhtar University, nisbas."),
 "le3": ("Egyptian relief from Cairo's side (Al-Dostor): an Egyptian army engineering convoy Mohamed Naguib base→Derna via "
         "Marsa Matruh, Sidi Barrani, the Sallum/Amsaad crossing and Tobruk, a landing from the helicopter carrier «جمال عبد "
         "الناصر» (Ras el-Tin base→Tobruk port), a planned Cairo West→Gamal Abdel Nasser air base airlift, a conditional "
         "reinforcement of Derna, an LNA fuel shipment Marsa al-Hariga→Derna and a denied LNA border-guard move Amsaad→Derna; "
         "Alexandria, Cairo, Benghazi, Jebel Akhdar, eastern Libya and the border phrase are locators only."),
 "le4": ("Benghazi as relief hub (Elaph): an Algerian Il-76 airlift Boufarik air base→Benina air base, an LNA redeploy Jufra "
         "air base→Al-Marj via Ajdabiya and Benghazi (spelled بنغازى), a landing ship Benghazi port→Derna port, a planned "
         "mobilisation at Benina, a conditional airlift Benina→Al-Abraq airport and the GNU's denial of any force sent to "
         "Benghazi; Brega fuel trucks and the GNU relief convoy are civilian; traps: Tariq bin Ziyad brigade, the Brega "
         "company, the spokesman al-Tarabulsi."),
 "le5": ("Al-Marj under groundwater (BBC News Arabic): an LNA military-police advance Al-Marj→Jardas al-Abid, its planned "
         "advance on to Qasr Libya, a reported artillery pull-back Tocra (spelled توكره)→Al-Abyar, a conditional "
         "mobilisation in Al-Marj and a denied arms shipment into Al-Marj across the border with Egypt (no owner named, "
         "actor null); traps: «الهرج والمرج», the officer al-Marjawi, BBC."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("le1", "le2", "le3", "le4", "le5")
