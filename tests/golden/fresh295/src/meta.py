# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G (row قاعدة الوطية)
 # kk1 budget-funded southern plan (Benghazi, Kufra)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "triangle_e": ("region", "LY", 21.98654, 24.69566, "Libya-Sudan-Egypt border triangle (Jebel Uweinat)"),  # G* (row مثلث العوينات)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 # kk2 GNU decree on the west coast
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),          # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),          # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                  # K (GeoNames harbour value, see README)
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),               # G (row قاعدة أبوستة البحرية)
 # kk3 eastern government's withdrawal plan (Sirte-Jufra, oil crescent, Egypt)
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row, README: الجفرة as an area)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa al-Brega oil port"),       # G* (Brega town row)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, Egyptian side)
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),        # G* (row راس لانوف)
 # kk4 Presidential Council decree and the Algerian side (Ghadames, Debdeb)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "border_dz_side": ("region", "DZ", 28.60, 9.70, "Algeria-Libya border (Algerian side)"),  # K
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawen"),                              # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                    # G
 "triangle_w": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G
 "boufarik": ("town", "DZ", 36.57413, 2.91214, "Boufarik"),                             # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "illizi_wilaya": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),             # G
 # kk5 Bouznika security-track document
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G (row spelled ربات)
 "tekbali": ("base", "LY", 32.88743, 13.18733, "Tekbali Camp (Tripoli)"),               # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),          # G* (town row)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
}

TRAPS = {
 "kk1": ["بوابة إفريقيا الإخبارية", "الزنتاني", "علي الطرابلسي", "فندق تيبستي", "كتيبة سبل السلام", "الدينار الليبي", "عجز مالي"],
 "kk2": ["الشرق الأوسط", "الجانب التونسي", "شارع الزاوية", "خالد الطرابلسي", "حكومة الوحدة الوطنية الليبية"],
 "kk3": ["برلماني مصري", "المصري اليوم", "مجلس النواب المصري", "الجيش المصري", "الحكومة الليبية",
         "الجيش الوطني الليبي", "فندق الودان", "وكالة الأنباء الليبية", "فرج السرتاوي"],
 "kk4": ["المجلس الرئاسي الليبي", "الجيش الجزائري", "الخبر", "القائد الأعلى للجيش الليبي", "محمد الغدامسي", "صفحات ليبية", "الأراضي الليبية"],
 "kk5": ["هسبريس", "صلاة المغرب", "عبد الإله الإدريسي", "الحوار الليبي", "القيادة العامة للجيش الوطني الليبي", "المقاتلين السوريين",
         "وزارة الشؤون الخارجية المغربية"],
}

PHEN = {
 "kk1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "border_phrase", "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
 "kk2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "vague_area", "coverage_bases",
         "coverage_crossings", "coverage_oil", "countries"],
 "kk3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba",
         "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours"],
 "kk4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "border_phrase", "vague_area", "town_vs_district", "coverage_neighbours", "countries"],
 "kk5": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "operation_trap", "nisba",
         "ambiguity_idri", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "kk1": [
  _m("deploy", "planned", "Libyan National Army", ["بنغازي"], ["الكفرة"], ["اجدابيا", "جالو"]),
  _m("redeploy", "planned", "Libyan National Army", [], ["تازربو"]),
  _m("shipment", "planned", "Libyan National Army", ["اجدابيا"], ["الكفرة"]),
  _m("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  _m("deploy", "conditional", "Libyan National Army", [], ["المثلث الحدودي مع السودان ومصر"]),
  _m("withdraw", "denied", "Libyan National Army", ["سبها", "إدري", "قاعدة تمنهنت الجوية"], []),
 ],
 "kk2": [
  _m("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية"], ["جنزور", "الماية"]),
  _m("reinforce", "planned", "GNA forces", ["قاعدة الوطية"], ["معبر رأس اجدير"]),
  _m("naval_landing", "planned", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  _m("advance", "conditional", "GNA forces", [], ["صبراتة", "زوارة"]),
  _m("withdraw", "planned", "GNA forces", ["مصفاة الزاوية"], ["طرابلس"]),
  _m("mobilise", "denied", "Zintan forces", ["الزنتان"], ["العزيزية"]),
 ],
 "kk3": [
  _m("withdraw", "planned", "Libyan National Army", ["سرت"], ["قاعدة الجفرة الجوية"], ["ودان"]),
  _m("withdraw", "conditional", "Libyan National Army", ["بن جواد"], []),
  _m("deploy", "reported", "Libyan National Army", ["اجدابيا"], ["ميناء البريقة"]),
  _m("naval_landing", "planned", "Libyan National Army", ["بنغازي"], ["ميناء راس لانوف"]),
  _m("mobilise", "denied", "Misrata forces", ["مصراتة"], ["أبوقرين"]),
  _m("reinforce", "conditional", "Egyptian army", ["مرسى مطروح"], ["منفذ السلوم"]),
 ],
 "kk4": [
  _m("reinforce", "reported", "Algerian army", ["ورقلة"], ["الحدود مع ليبيا", "الدبداب"], ["عين أمناس"]),
  _m("redeploy", "planned", "GNA forces", ["نالوت"], ["غدامس"], ["سيناون", "درج"]),
  _m("shipment", "planned", "GNA forces", ["طرابلس"], ["غدامس"]),
  _m("deploy", "conditional", "GNA forces", [], ["المثلث الحدودي مع تونس والجزائر"]),
  _m("advance", "denied", "Algerian army", [], ["غدامس"]),
  _m("airlift", "conditional", "Algerian army", ["بوفاريك"], ["مطار جانت"]),
 ],
 "kk5": [
  _m("withdraw", "planned", "GNA forces", ["طرابلس"], ["معسكر التكبالي"]),
  _m("airlift", "conditional", "Syrian mercenaries", ["قاعدة الوطية"], ["تركيا"]),
  _m("deploy", "planned", None, [], ["سرت"]),
  _m("reinforce", "reported", "Libyan National Army", ["سبها"], ["مرزق"], ["تراغن"]),
  _m("withdraw", "denied", "Russian forces", ["قاعدة براك الجوية"], ["النيجر"]),
 ],
}

NOTES = {
 "kk1": "Afrigate News, Benghazi: the House votes a budget line for a southern security plan — a planned LNA battalion "
        "Benghazi→Kufra via Ajdabiya (اجدابيا) and Jalu, a planned company on to Tazirbu (redeploy, no origin written), "
        "planned fuel-and-ammunition convoys Ajdabiya→Kufra (shipment), a reported airlift Benina air base→Kufra airport, a "
        "deployment to the Libya–Sudan–Egypt triangle conditional on the money («مرهون… فإذا تأخرت… فلن») and a denied "
        "pull-out from Sabha, Idri and Tamanhint air base. Kufra as a distance reference and Tripoli («الانقسام مع طرابلس») are "
        "not movement places; traps: the MPs «الزنتاني» and «علي الطرابلسي», the Tibesti hotel, Subul al-Salam, the outlet, «عجز مالي» (Mali).",
 "kk2": "Asharq Al-Awsat, Tripoli: a GNU decree — a reported deploy Tripoli→Zawiya via Janzour and Al-Maya, a planned "
        "company Al-Watiya→Ras Ajdir (رأس اجدير; «على الحدود مع تونس» locates the crossing), a planned marine landing Abu "
        "Sitta naval base→Zuwara port, a conditional advance on Sabratha/Zuwara («إذا فشلت»), a planned pull-back of two "
        "battalions from the Zawiya refinery («المصفاة») to Tripoli and Zintan's denied massing towards Al-Aziziyah. A security "
        "delegation's visit to Tunis is not a force move; تونس is the country and then Tunis (city); traps «شارع الزاوية», "
        "«خالد الطرابلسي», «الجانب التونسي».",
 "kk3": "Al-Masry Al-Youm, Cairo: the eastern government's defence minister announces a planned artillery pull-back "
        "Sirte→Jufra air base via Waddan, a pull-out from Bin Jawad conditional on Misrata's («لن… إلا إذا»; the condition "
        "itself is not a movement), a reported company Ajdabiya→Brega port, a planned Saiqa landing Benghazi→Ras Lanuf port, "
        "the GNU's denial of Misrata forces massing in Abu Qurayn and an Egyptian MP's conditional reinforcement Marsa "
        "Matruh→the Sallum land port. «الخط الأحمر سرت–الجفرة» names places, not a move; traps «فندق الودان», «فرج السرتاوي», "
        "«مصري»/«المصري».",
 "kk4": "El Khabar, Algiers: a reported Algerian reinforcement Ouargla→Debdeb/the border with Libya via In Amenas "
        "(عين أمناس), a Presidential Council decree for a planned border-guard redeploy Nalut→Ghadames via Sinawen and Derj "
        "with a planned vehicle-and-ammunition shipment Tripoli→«المدينة» (Ghadames), the battalion's conditional deployment "
        "to the Libya–Tunisia–Algeria triangle («لن… إلا بعد»), a denied Algerian entry near Ghadames and a conditional "
        "airlift Boufarik→Djanet airport («قد… إذا»). The Illizi alert is not a movement; الجزائر is Algiers in the dateline "
        "and the country in the triangle; traps «محمد الغدامسي», «الجيش الجزائري».",
 "kk5": "Hespress, Bouznika: the HoR–HCS security document — a planned GNU pull-back from central Tripoli to Tekbali "
        "camp, a Syrian airlift Al-Watiya→Turkey «شريطة», a planned joint force (no canonical actor) for Sirte; a reported "
        "LNA reinforcement Sabha→Murzuq via Traghen; a denied Russian pull-out Brak air base→Niger. Bouznika, Rabat, "
        "Benghazi and the Murzuq municipality are venue/source only; traps «صلاة المغرب», «المغربية», «عبد الإله الإدريسي».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("kk1", "kk2", "kk3", "kk4", "kk5")
