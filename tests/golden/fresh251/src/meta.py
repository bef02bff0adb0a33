# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                              # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                              # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                  # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                   # G
 "kyrgyzstan": ("country", "KG", 41.22464, 75.06898, "Kyrgyzstan"),                      # G* (row spelled قيرغزستان)
 # cities and towns
 "latakia": ("city", "SY", 35.53125, 35.79088, "Latakia"),                               # G
 "latakia_gov": ("district", "SY", 35.53125, 35.79088, "Latakia Governorate"),           # G* (city row)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),              # G* (town row)
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                 # G
 "gao": ("city", "ML", 16.27167, -0.04472, "Gao"),                                       # G* (row spelled جاو)
 "kidal": ("town", "ML", 18.44345, 1.40921, "Kidal"),                                    # G
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                             # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                 # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                             # G
 "adana": ("city", "TR", 36.98615, 35.32531, "Adana"),                                   # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                 # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "abudhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                            # G
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                           # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                 # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                  # G
 "timbuktu": ("town", "ML", 16.77348, -3.00742, "Timbuktu"),                             # G
 # bases
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                     # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                     # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "incirlik": ("base", "TR", 37.00194, 35.42583, "Incirlik Air Base"),                    # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                   # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),           # G
 "sarra_base": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),           # G
 "cairo_west": ("base", "EG", 30.1164, 30.9153, "Cairo West Air Base"),                  # K
 # ports and crossings
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),                  # G* (Tobruk city / naval base point)
 "mersin_port": ("crossing", "TR", 36.795, 34.645, "Mersin port"),                       # K
 "khums_port": ("crossing", "LY", 32.655, 14.275, "Al Khums port"),                      # K
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),          # G* (row منفذ امساعد, Egyptian side)
 "adre_crossing": ("crossing", "TD", 13.46648, 22.19875, "Adre crossing"),               # G* (Adré town row)
 # oil fields
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                     # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 # airports
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),              # G
 "tripoli_intl": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"), # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),             # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                # G
 "matruh_airport": ("airport", "EG", 31.3254, 27.2217, "Marsa Matruh Airport"),          # K
 "bateen": ("airport", "AE", 24.4283, 54.4581, "Al Bateen Executive Airport"),           # K
 "amdjarass_airport": ("airport", "TD", 16.07, 22.84, "Amdjarass Airport"),              # K
 "bamako_airport": ("airport", "ML", 12.5335, -7.9499, "Modibo Keita International Airport"),  # K
 "sevare_airport": ("airport", "ML", 14.5128, -4.0796, "Mopti-Sevare (Ambodedjo) Airport"),     # K
 # regions
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),           # G* (row برقة)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 "central_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                    # G
 "gulf_sirte": ("region", "LY", 30.90000, 18.00000, "Gulf of Sirte"),                    # G
 "syr_coast": ("region", "SY", 35.3, 35.95, "Syrian coast"),                             # K
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                 # G
 "jabal_akhdar": ("region", "LY", 32.02519, 21.79830, "Jebel Akhdar"),                   # G* (district row)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "border_eg": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),        # K
 "border_td_sd": ("region", "TD", 15.25834, 22.83250, "Chad-Sudan border (Chadian side)"),  # G* (row الحدود التشادية السودانية)
 "east_td": ("region", "TD", 15.37168, 20.30227, "Eastern Chad"),                        # G* (row شرق تشاد)
 "central_mali": ("region", "ML", 14.5, -4.0, "Central Mali"),                           # K (see README)
}

TRAPS = {
 "is1": ["عنب بلدي", "مرصد حميميم", "وزارة الدفاع السورية", "الجانب الروسي", "القيادة العامة للجيش الوطني الليبي",
         "مقاتلين سوريين", "يوسف الطرطوسي"],
 "is2": ["يورونيوز", "سلاح الجو التركي", "القاعدة التركية", "الخطوط الجوية التركية", "يني شفق",
         "وزارة الدفاع التركية", "عادل الإدريسي", "من هذه الزاوية"],
 "is3": ["المصري اليوم", "القوات الجوية المصرية", "مصدر عسكري مصري", "المنطقة الغربية العسكرية", "مصر للطيران",
         "حسام السلومي"],
 "is4": ["بي بي سي", "الأجواء المصرية", "قوات الدعم السريع", "القيادة العامة للجيش الوطني الليبي", "كتيبة سبل السلام",
         "وزارة الخارجية الإماراتية", "اللاجئين السودانيين", "عثمان الفاشري"],
 "is5": ["CNN", "الفيلق الإفريقي", "رادار الساحل", "مصدر أمني مالي", "القوات المالية", "جبهة تحرير أزواد",
         "الجيش المالي", "دعم مالي"],
}

PHEN = {
 "is1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "vague_area", "coverage_bases",
         "countries", "town_vs_district", "ambiguity_tripoli"],
 "is2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "coverage_bases", "countries"],
 "is3": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital", "border_phrase",
         "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "is4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "ambiguity_idri",
         "border_phrase", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "is5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "is1": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم الجوية"], ["قاعدة الخادم الجوية"]),
  mv("airlift", "reported", "Russian forces", ["الخادم"], ["قاعدة الجفرة الجوية"], ["خليج سرت"]),
  mv("naval_landing", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("redeploy", "planned", "Russian forces", ["حميميم"], ["ليبيا"]),
  mv("redeploy", "conditional", "Russian forces", ["حميميم"], ["قاعدة براك الجوية"]),
  mv("airlift", "denied", "Syrian mercenaries", [], ["بنغازي"]),
 ],
 "is2": [
  mv("deploy", "reported", "Turkish armed forces", ["قاعدة إنجيرليك الجوية"], ["قاعدة الوطية"]),
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة إنجيرليك الجوية"], ["مطار مصراتة الدولي"], ["كريت"]),
  mv("deploy", "planned", "Turkish armed forces", [], ["معيتيقة"]),
  mv("naval_landing", "planned", "Turkish armed forces", ["ميناء مرسين"], ["ميناء الخمس"]),
  mv("airlift", "denied", "Syrian mercenaries", [], ["مصراته"]),
  mv("reinforce", "conditional", "Turkish armed forces", [], ["الوطية"]),
 ],
 "is3": [
  mv("airlift", "reported", "Egyptian army", ["قاعدة غرب القاهرة الجوية"], ["قاعدة بنينا الجوية"]),
  mv("airlift", "reported", "Egyptian army", ["قاعدة غرب القاهرة الجوية"], ["مطار الأبرق"], ["مطار مرسى مطروح"]),
  mv("airlift", "reported", "Egyptian army", ["قاعدة غرب القاهرة الجوية"], [], ["السلوم"]),
  mv("deploy", "denied", "Egyptian army", [], ["قاعدة الجفرة", "سرت"]),
  mv("airlift", "planned", "Libyan National Army", ["بنينا"], ["قاعدة غرب القاهرة"]),
  mv("reinforce", "conditional", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيدي براني", "منفذ السلوم البري"]),
 ],
 "is4": [
  mv("airlift", "reported", None, ["مطار البطين"], ["قاعدة الخادم الجوية"]),
  mv("airlift", "reported", None, ["الخادم"], ["مطار أم جرس"], ["مطار الكفرة", "حقل السرير"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["المالحة"]),
  mv("redeploy", "planned", "Libyan National Army", ["الخادم"], ["قاعدة معطن السارة"]),
  mv("advance", "conditional", "Libyan National Army", [], ["المثلث الحدودي"]),
  mv("shipment", "denied", None, [], ["السودان"], ["ليبيا", "تشاد"]),
 ],
 "is5": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["مطار موديبو كيتا الدولي"],
     ["حقل الشرارة", "النيجر"]),
  mv("withdraw", "reported", "Russian forces", ["باماكو"], ["قاعدة براك الجوية"]),
  mv("shipment", "planned", "Russian forces", ["الجفرة"], ["مطار سيفاري"]),
  mv("withdraw", "denied", "Russian forces", ["تمبكتو"]),
  mv("advance", "reported", "Russian forces", ["غاو"], ["كيدال"]),
  mv("mobilise", "reported", None, [], ["كيدال"]),
  mv("reinforce", "conditional", "Russian forces", ["ليبيا"], ["باماكو"]),
 ],
}

NOTES = {
 "is1": "Enab Baladi (Latakia): trackers' posts on Russian Il-76/An-124 flights Hmeimim air base→Al Khadim air base and "
        "Al Khadim→Jufra air base over the Gulf of Sirte (reported airlifts), a planned move of the technical-support unit "
        "Hmeimim→Libya, a conditional move of the remaining aircraft Hmeimim→Brak air base (إذا لم تفضِ), and the "
        "LNA's denial that Syrian fighters were flown to Benghazi; headline, dateline, Damascus/Moscow as speakers, the "
        "2019-style hub remark and «مرصد حميميم» are not moves.",
 "is2": "Euronews Arabic (Istanbul): a Turkish KC-135R tanker Incirlik air base→Al-Watiya (reported deploy), an A400M "
        "from «القاعدة التركية نفسها» (Incirlik)→Misrata airport south of Crete (reported airlift), planned trainers to "
        "Mitiga (تعتزم), the MoD's denial that the Misrata plane carried Syrian fighters, a conditional air-defence "
        "reinforcement at Al-Watiya (إذا طلبت); the Turkish Airlines flight from Istanbul and Adana/Tripoli locators are not "
        "moves.",
 "is3": "Al-Masry Al-Youm (Cairo): Egyptian C-130H/C-295 flights from Cairo West air base to Benina air base, to Al Abraq "
        "airport via Marsa Matruh airport, and two with transponders off after Sallum (reported airlifts), a denied "
        "deployment to Jufra air base/Sirte, LNA pilots planned Benina→Cairo West, a conditional Egyptian move Mohamed "
        "Naguib base→Sidi Barrani/Sallum (لن…إلا إذا); the EgyptAir Cairo–Benghazi flights are civil.",
 "is4": "BBC News Arabic: an investigation of Il-76 flights Al Bateen airport (Abu Dhabi)→Al Khadim air base and "
        "Al Khadim→Amdjarass airport via Kufra airport (reported, actor null), a planned LNA drone squadron "
        "Al Khadim→Maaten al-Sarra, a conditional Subul al-Salam advance to the border triangle (إذا), and the UAE's denial "
        "of arms to Sudan via Libya or Chad (shipment, denied); the humanitarian flights to Amdjarass are not a force move.",
 "is5": "CNN Arabic (Bamako): Russian Africa Corps Il-76/An-124 flights Jufra air base→Bamako airport via Niger "
        "(reported), a return flight Bamako→Brak air base with ~80 personnel (reported), planned helicopters/drones "
        "Jufra→Sevare airport, the Malian army's denial of a Russian pull-out from Timbuktu, and a conditional "
        "reinforcement Libya→Bamako (إذا ما); Algeria's airspace closure and the Niamey source are not moves.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("is1", "is2", "is3", "is4", "is5")
