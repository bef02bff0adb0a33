# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                    # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                   # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                # G
 # jo1 Algeria's border with Libya (El Khabar, Algiers)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                                  # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                     # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                   # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                     # G
 "illizi_wil": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                    # G (district row)
 "biskra": ("city", "DZ", 34.85038, 5.72805, "Biskra"),                                     # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                                # G (row عين أميناس)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                        # G
 "boufarik": ("base", "DZ", 36.57413, 2.91214, "Boufarik Air Base"),                       # G* (town row)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),       # G
 "bordj": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),                            # G
 "tigue": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),                 # G
 "tinalkoum": ("crossing", "DZ", 24.72, 9.97, "Tin Alkoum border crossing"),                # K
 "border_dz_ly": ("region", "DZ", 25.5, 9.75, "Algerian side of the Libya border"),         # K
 # jo2 the LNA's south (Qurina, Benghazi)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                        # G* (row جنوب ليبيا)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                      # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                      # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                      # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                     # G (row قاعدة تمنهنت)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                        # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                     # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                         # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                          # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                               # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),                # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                # G* (row الحدود الليبية النيجرية)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                 # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                    # G
 # jo3 the Sudanese army and the triangle (Sudan Tribune, Port Sudan)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                             # G
 "atrun": ("town", "SD", 18.18, 26.60, "Al Atrun"),                                         # K
 "dabba": ("town", "SD", 18.05, 30.95, "Ad Dabbah"),                                        # K
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                    # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Sudan-Egypt border triangle"),     # G* (row مثلث العوينات)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                   # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                      # G
 "border_sd_ly": ("region", "SD", 21.0, 25.3, "Sudanese side of the Libya border"),         # K
 "uweinat": ("region", "SD", 21.85, 25.08, "Jebel Uweinat"),                                # K
 "dongola_airport": ("airport", "SD", 19.15, 30.43, "Dongola Airport"),                    # K
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),                # G
 "karb": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                               # G
 # jo4 Tunisia's border with Libya (Le Maghreb, Tunis)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                      # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                    # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                           # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                       # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                      # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                                # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                              # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),           # G (district row)
 "gafsa": ("city", "TN", 34.42500, 8.78417, "Gafsa"),                                       # K (only the district row found)
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                    # G
 "border_tn_ly": ("region", "TN", 32.5, 10.95, "Tunisian side of the Libya border"),        # K
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),           # G (row منفذ رأس جدير)
 "borjkhadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                      # G
 "zarzis_port": ("crossing", "TN", 33.50398, 11.11215, "Zarzis port"),                    # G* (Zarzis town row)
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                        # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                      # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                      # G
 # jo5 Egypt's western border (Al-Masry Al-Youm, Cairo)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                        # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                               # G
 "border_eg_ly": ("region", "EG", 30.5, 25.2, "Egyptian side of the Libya border"),         # K
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                              # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),                # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),              # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                         # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                    # G
 "sallum_port": ("crossing", "EG", 31.595, 25.08, "Sallum land port"),                      # K
 "sallum_seaport": ("crossing", "EG", 31.55371, 25.15793, "Sallum port"),                  # G* (Sallum town row)
 "rastin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),                     # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                            # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                    # G
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                    # G
}

TRAPS = {
 "jo1": ["وكالة الأنباء الجزائرية", "درع تاسيلي 2026", "الليبية", "وحدة جزائرية"],
 "jo2": ["قورينا", "القيادة العامة للقوات المسلحة العربية الليبية", "السبهاوي", "فندق تيبستي", "روسية",
         "تشاديين", "لا أدري"],
 "jo3": ["سودان تربيون", "الدعم السريع", "الفاشري", "متحرك الصحراء", "الجيش السوداني",
         "القوات المسلحة السودانية", "الجانب الليبي", "القيادة العامة للجيش الليبي", "الآبار المالحة"],
 "jo4": ["المغرب", "القابسي", "الجانب الليبي", "نهج طرابلس", "تونسية"],
 "jo5": ["المصري اليوم", "السلومي", "مطروح على الطاولة", "قوات مصرية", "صفحات ليبية", "الجانب الليبي"],
}

PHEN = {
 "jo1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "jo2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_crossings", "countries"],
 "jo3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "coverage_neighbours", "countries"],
 "jo4": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "vague_area",
         "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "jo5": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "jo1": [
  mv("deploy", "reported", "Algerian army", ["ورقلة"], ["جانت"], ["إليزي"]),
  mv("withdraw", "reported", "Algerian army", ["جانت"], ["بسكرة"]),
  mv("redeploy", "planned", "Algerian army", ["عين أمناس"], ["الدبداب"]),
  mv("withdraw", "denied", "Algerian army", ["الدبداب"]),
  mv("advance", "denied", "Algerian army", [], ["غات"]),
  mv("reinforce", "conditional", "Algerian army", [], ["معبر تين الكوم"]),
  mv("airlift", "reported", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار جانت"]),
  mv("deploy", "planned", "Algerian army", ["برج عمر إدريس"], ["حقل تيقنتورين"]),
 ],
 "jo2": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["اوباري", "حقل الشرارة"], ["جرمة"]),
  mv("withdraw", "reported", "Libyan National Army", ["اوباري"], ["قاعدة تمنهنت الجوية"]),
  mv("redeploy", "planned", "Libyan National Army", ["إدري"], ["غات"]),
  mv("reinforce", "conditional", "Libyan National Army", [], ["منفذ التوم"]),
  mv("deploy", "denied", "Russian forces", [], ["قاعدة براك الجوية"]),
  mv("withdraw", "denied", "Libyan National Army", ["القطرون"]),
  mv("shipment", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سبها"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["أم الأرانب"]),
 ],
 "jo3": [
  mv("deploy", "reported", None, ["الدبة"], ["العطرون"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["المثلث الحدودي"], ["المالحة"]),
  mv("deploy", "planned", None, [], ["الحدود مع ليبيا"]),
  mv("advance", "conditional", None, [], ["جبل العوينات"]),
  mv("withdraw", "denied", "Sudanese armed groups", ["كرب التوم"]),
  mv("reinforce", "planned", "Libyan National Army", [], ["الكفرة"]),
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["المثلث الحدودي"]),
  mv("airlift", "reported", None, ["بورتسودان"], ["مطار دنقلا"]),
 ],
 "jo4": [
  mv("deploy", "reported", "Tunisian army", ["قابس"], ["رمادة"], ["مدنين", "تطاوين"]),
  mv("withdraw", "reported", "Tunisian army", ["رمادة"], ["قفصة"]),
  mv("redeploy", "planned", "Tunisian army", ["رمادة"], ["الذهيبة"]),
  mv("reinforce", "conditional", "Tunisian army", [], ["بن قردان"]),
  mv("withdraw", "denied", "Tunisian army", ["برج الخضراء"]),
  mv("redeploy", "reported", "GNA forces", ["نالوت"], ["وازن"]),
  mv("naval_landing", "reported", "Tunisian army", ["صفاقس"], ["ميناء جرجيس"]),
  mv("mobilise", "denied", "Tunisian army", [], ["رأس جدير"]),
 ],
 "jo5": [
  mv("deploy", "reported", "Egyptian army", ["مرسى مطروح"], ["سيوة"]),
  mv("withdraw", "reported", "Egyptian army", ["سيوة"], ["قاعدة محمد نجيب العسكرية"]),
  mv("redeploy", "planned", "Egyptian army", ["سيدي براني"], ["السلوم"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["منفذ السلوم البري"]),
  mv("advance", "denied", "Egyptian army", [], ["الجغبوب"]),
  mv("deploy", "reported", "Libyan National Army", ["طبرق"], ["امساعد"]),
  mv("naval_landing", "reported", "Egyptian army", ["قاعدة رأس التين البحرية"], ["ميناء السلوم"]),
 ],
}

NOTES = {
 "jo1": "Algerian MoD press conference on a border rotation: incoming battalion Ouargla→Djanet via Illizi (deploy), the "
        "outgoing one Djanet→Biskra (withdraw, origin from «غادرت هذه الأخيرة المنطقة»), a recce unit flown Boufarik air "
        "base→Djanet airport (airlift), a planned company In Amenas→Debdeb with units from Bordj Omar Driss planned to take "
        "its place at the Tiguentourine field, a denied pull-out from Debdeb, a denied crossing towards Ghat, and a "
        "conditional reinforcement of the Tin Alkoum crossing («إذا»). Dateline الجزائر = Algiers vs the country; «والي "
        "إليزي» = province; Ouargla of the regional HQ is not a movement place; «برج عمر إدريس» holds «إدري».",
 "jo2": "LNA spokesman's press conference in Benghazi: handover in Ubari (brigade Sabha→Ubari/Sharara via Germa; the "
        "outgoing battalion «في المدينة» → Tamanhint air base), a fuel-and-ammunition convoy Jufra air base→Sabha "
        "(shipment), a planned company Idri→Ghat (Al Awaynat is only the road's end), a conditional force for the Toummo "
        "crossing (the border phrase locates it), a denied Russian arrival at Brak air base (headline + body = one move), a "
        "denied pull-out from Al Qatrun and denied Chadian massing in Umm al-Aranib (mobilise). Tripoli is only where "
        "the platforms sit; «لا أدري» and «السبهاوي» are traps.",
 "jo3": "Sudanese army spokesman's press conference: an army force Ad Dabbah→Al-Atrun (North Darfur is a locator), an "
        "air bridge Port Sudan→Dongola airport (Northern State restates the area), the RSF's withdrawal triangle→Al Malha "
        "(the RSF's «إعادة تموضع تكتيكي» retells it), their fuel-and-ammunition convoy from Kufra «إليهم» (destination = "
        "the triangle where they were), a planned border-guard deployment along the border with Libya, a conditional "
        "advance on Jebel Uweinat («إذا لم»), a denied pull-out of the joint force from Karb al-Tom and the LNA's announced "
        "battalion for Kufra (planned; Benghazi only locates the command). Sudanese army actor = null.",
 "jo4": "Tunisian MoD press conference: a rotation Gabès→Remada via Medenine and Tataouine (deploy) with the outgoing "
        "regiment «هناك» → Gafsa (withdraw), marines landed at Zarzis port from Sfax, a planned recce unit Remada→Dehiba, a "
        "conditional reinforcement of Ben Gardane («في صورة»; the Ras Ajdir crossing only locates the tension), a denied "
        "pull-out from Borj El Khadra, denied Tunisian massing near Ras Ajdir (mobilise) and a GNA company Nalut→Wazin "
        "reported by the spokesman. Dateline تونس = Tunis vs «حدود تونس» = the country; «والي تطاوين» = governorate; "
        "the outlet «المغرب» and the street «نهج طرابلس» are traps.",
 "jo5": "Egyptian military spokesman's statement: border guards Marsa Matruh→Siwa (deploy) and the replaced units "
        "Siwa→Mohamed Naguib base (withdraw), a landing ship Ras El Tin naval base→Sallum port (naval_landing; Alexandria "
        "locates the base), a planned battalion Sidi Barrani→Sallum, a conditional reinforcement of the Sallum land port "
        "(«في حال»), a denied entry into Al-Jaghbub and an LNA company Tobruk→Emsaed reported via Cairo. «محافظة مطروح» = "
        "governorate, «مطروح على الطاولة» a common-word trap, the trucks «للسلوم» are not a force move.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("jo1", "jo2", "jo3", "jo4", "jo5")
