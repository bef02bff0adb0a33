# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 # qiz1 Presidential Council decision (Al-Saqifa al-Libiya, Tripoli)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G (row مصراتة)
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),          # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),               # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "regdalin": ("town", "LY", 32.88718, 11.98729, "Regdalin"),                            # G* (row سيدي بن زينة, alt. name رقدالين)
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),           # G* (town row)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 # qiz2 LNA ground-forces order (Lam network, Benghazi)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا)
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (base row, near Hun/Waddan)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G* (row براك, written براك الشاطئ)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),             # G* (city row)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # qiz3 Egyptian presidential decree (Al-Mesryoon, Cairo)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "border_eg": ("region", "EG", 29.0, 25.3, "Egypt-Libya border (Egyptian side)"),       # K
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "rastin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),                 # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "alamein": ("town", "EG", 30.83007, 28.95502, "El Alamein"),                           # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "western_desert": ("region", "EG", 25.70408, 28.49824, "Western Desert of Egypt"),     # G* (row غرب مصر)
 # qiz4 Tunisian presidential order (Tunisie Numerique, Tunis)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "border_tn_side": ("region", "TN", 32.2, 10.6, "Tunisia-Libya border (Tunisian side)"),  # K
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),       # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "benguerdane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                 # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "dehiba_wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G* (row منفذ وازن)
 # qiz5 Algerian presidential decree (El Mihwar El Yaoumi, Algiers)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_prov": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),               # G
 "bordj_omar": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),                   # G
 "tam_airport": ("airport", "DZ", 22.8115, 5.4511, "Tamanrasset Aguenar Airport"),      # K
 "border_dz": ("region", "DZ", 27.5, 9.5, "Algeria-Libya border (Algerian side)"),      # K
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G (row عين أميناس)
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
}

TRAPS = {
 "qiz1": ["السقيفة الليبية", "الليبي", "المنطقة العسكرية الساحل الغربي", "مراد الجميلي", "ردّ الجميل",
          "الليبيين", "التونسيين"],
 "qiz2": ["شبكة لام", "الجيش الوطني الليبي", "اللواء طارق بن زياد", "المنطقة العسكرية سبها", "إدريس المقرحي",
          "سالم السبهاوي"],
 "qiz3": ["الجريدة الرسمية", "المصريون", "قوة مهام الصحراء الغربية", "المنطقة العسكرية الغربية", "أولاد علي",
          "فرج الجغبوبي", "المطروح", "ليبية", "مصرية"],
 "qiz4": ["الرائد الرسمي", "تونس الرقمية", "التراب الليبي", "تونسية", "علي القابسي", "الطابع القبلي"],
 "qiz5": ["المحور اليومي", "الجريدة الرسمية", "الناحية العسكرية الرابعة", "الجيش الوطني الشعبي", "إدريس بن عمر",
          "اللغات", "الليبية"],
}

PHEN = {
 "qiz1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qiz2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
 "qiz3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qiz4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qiz5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "town_vs_district",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qiz1": [
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["زوارة", "معبر رأس اجدير", "مجمع مليتة"]),
  mv("airlift", "planned", "GNA forces", ["مطار مصراتة"], ["قاعدة الوطية"]),
  mv("naval_landing", "planned", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("reinforce", "conditional", "GNA forces", ["الجميل"], ["رقدالين"]),
  mv("deploy", "reported", "GNA forces", ["الزاوية"], ["صبراتة"]),
  mv("advance", "denied", "Misrata forces", ["مصراته"], ["زوارة"]),
 ],
 "qiz2": [
  mv("redeploy", "planned", "Libyan National Army", ["بنغازي"], ["سبها"], ["الجفرة"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["قاعدة تمنهنط الجوية"]),
  mv("advance", "conditional", "Libyan National Army", ["أوباري"], ["حقل الشرارة"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["إدري"]),
  mv("withdraw", "denied", "Libyan National Army", ["مرزق"], ["سبها"]),
 ],
 "qiz3": [
  mv("redeploy", "planned", "Egyptian army", ["مرسى مطروح"], ["سيدي براني"]),
  mv("deploy", "conditional", "Egyptian army", [], ["ليبيا"]),
  mv("naval_landing", "planned", "Egyptian army", ["قاعدة رأس التين البحرية"], ["سيدي براني"]),
  mv("reinforce", "reported", "Egyptian army", ["العلمين"], ["السلوم"]),
  mv("advance", "denied", "Egyptian army", ["سيوة"], ["الجغبوب"]),
 ],
 "qiz4": [
  mv("redeploy", "planned", "Tunisian army", ["قابس"], ["بنقردان"]),
  mv("shipment", "planned", "Tunisian army", ["صفاقس"], ["الذهيبة"]),
  mv("reinforce", "conditional", "Tunisian army", ["تطاوين"], ["برج الخضراء"]),
  mv("deploy", "reported", "Tunisian army", ["مدنين"], ["معبر رأس جدير"]),
  mv("advance", "denied", "Tunisian army", [], ["نالوت"], ["معبر الذهيبة وازن"]),
 ],
 "qiz5": [
  mv("redeploy", "planned", "Algerian army", ["إليزي"], ["جانت"]),
  mv("airlift", "planned", "Algerian army", ["مطار تمنراست"], ["مطار جانت"]),
  mv("mobilise", "conditional", "Algerian army", [], ["الدبداب"]),
  mv("shipment", "reported", "Algerian army", ["عين أمناس"], ["جانت"], ["إليزي"]),
  mv("withdraw", "denied", "Algerian army", ["الدبداب"], ["ورقلة"]),
 ],
}

NOTES = {
 "qiz1": "Presidential Council decision (41/2026) quoted article by article: the 55th Infantry Battalion Tripoli→Zuwara "
         "with two companies placed at the Ras Ajdir crossing and the Mellitah complex (one planned deploy), a support "
         "company flown Misrata airport→Al-Watiya base, marines landed at Zuwara port from the Abu Sitta naval base, a "
         "conditional reinforcement Al-Jumayl→Regdalin ('إذا تعذّر'), and on the ground the vanguard reported "
         "Zawiya→Sabratha; the Zuwara mayor (name contains الجميل, beside the idiom 'ردّ الجميل') denies an armed "
         "column from Misrata (spelled مصراته) entered Zuwara. Tripoli as the signing place, the western-coast military "
         "zone's name and the Tunisian border (background) give no movement.",
 "qiz2": "LNA ground-forces order (212/2026) by clause: the Tariq bin Ziyad Brigade (trap) Benghazi→Sabha via Al-Jufra, "
         "cargo flights Benina air base→Tamanhint air base (spelled تمنهنط), a conditional advance Ubari→Sharara field "
         "('في حال', 'الحقل' = Sharara), residents report massing in Idri (spokesman named إدريس), and a source denies a "
         "withdrawal Murzuq→Sabha; the distribution list (Sabha military zone trap, Brak al-Shati, Ubari), the Sabha "
         "mayor (name contains سبها), Fezzan and 'حكومة طرابلس' are not movement places.",
 "qiz3": "Egyptian presidential decree (187/2026) in the Official Gazette: a 40-km military zone along the border with "
         "Libya (no move), the border-guard HQ Marsa Matruh→Sidi Barrani (planned), a clause forbidding any deployment "
         "into Libya without parliament's approval (conditional), the defence minister's planned marine landing from "
         "Ras el-Tin base on Sidi Barrani's beach, a column reported Alamein→Sallum and a denied crossing Siwa→Jaghbub; "
         "'قوة مهام الصحراء الغربية' and 'السؤال المطروح' are traps, the later 'الصحراء الغربية' is Egypt's Western Desert.",
 "qiz4": "Tunisian presidential order in the Official Gazette (الرائد الرسمي) by 'الفصل': an infantry regiment "
         "Gabes→Ben Guerdane (spelled بنقردان), surveillance systems shipped Sfax→Dehiba, a conditional reinforcement "
         "Tataouine→Borj El Khadra ('في صورة'), units reported Medenine→Ras Jedir crossing, and a denied entry into "
         "Nalut via the Dehiba-Wazin crossing; dateline Tunis (city) vs the country تونس at the end, Tataouine "
         "governorate vs town, the MP's name contains قابس and 'الطابع القبلي' contains قبلي.",
 "qiz5": "Algerian presidential decree in the Official Journal: a new operational sector in Djanet, its HQ Illizi→Djanet "
         "(planned), an air bridge Tamanrasset airport→Djanet airport, conditional massing at Debdeb ('في حال'), a "
         "fuel convoy reported In Amenas→Djanet via Illizi and a denied pull-out Debdeb→Ouargla; Bordj Omar Driss and "
         "the MP إدريس بن عمر (Idri ambiguity), 'اللغات' containing غات next to the real Ghat, dateline Algiers and "
         "signature بالجزائر vs the country الجزائر.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qiz1", "qiz2", "qiz3", "qiz4", "qiz5")
