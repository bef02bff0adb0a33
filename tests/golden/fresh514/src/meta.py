# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 # sv1 Fezzan / south-west
 "sw_ly": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                      # G* (row الجنوب الغربي)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                 # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                       # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                         # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                     # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                     # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                    # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                       # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                    # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                              # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                          # G* (row قاعدة بنينا الجوية)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                        # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                    # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                       # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind kept)
 "border_dz": ("region", "DZ", 25.20, 9.90, "Algeria-Libya border (Algerian side)"),       # K
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                     # G
 # sv2 the east and the Egyptian border
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                   # G
 "sallum_port": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),                # G* (row منفذ امساعد, country EG)
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad border crossing"),               # G
 "sallum_harbour": ("crossing", "EG", 31.56, 25.16, "Sallum harbour"),                      # K
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                           # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                             # G
 "matruh_airport": ("airport", "EG", 31.32540, 27.22170, "Mersa Matruh Airport"),          # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                       # G
 "cairo_west": ("base", "EG", 30.1164, 30.9154, "Cairo West Air Base"),                    # K
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                       # G
 "sand_sea": ("region", "EG", 26.00000, 25.00000, "Great Sand Sea"),                       # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                   # G
 "gan_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),            # G* (row مطار طبرق)
 "bardia": ("town", "LY", 31.75601, 25.08530, "Al Bardiyah"),                              # G (row بردية)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                              # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                     # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 # sv3 Sirte-Jufra line and the central coast
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                     # G
 "jufra": ("district", "LY", 29.11, 15.94, "Al Jufra"),                                    # K (README rule: point near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                    # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                            # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                               # G
 "khums_port": ("crossing", "LY", 32.655, 14.275, "Al Khums port"),                        # K
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                   # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                   # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                     # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                        # G
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                         # G
 "bin_jawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                             # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                                # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                    # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                     # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),                 # G* (row ميناء السدرة)
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                     # G
 # sv4 Tunisia, Algeria and the western border
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),         # G* (row منفذ رأس جدير)
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                         # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                               # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine governorate"),         # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                   # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                   # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),                # G* (row الحدود الليبية التونسية)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                   # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                     # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                     # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"), # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba border crossing"),     # G* (row منفذ وازن, country TN)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                    # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                              # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                                # G
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba Zarzis International Airport"),  # G
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                                 # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                   # G
 # sv5 the Libya-Egypt-Sudan triangle, Kufra, Darfur and Chad
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                               # K
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),        # G* (row مثلث العوينات)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                     # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                  # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                  # G
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                           # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                 # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                   # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                       # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                         # G (row كوري بوقودي)
 "border_td": ("region", "TD", 22.3, 17.2, "Chad-Libya border (Chadian side)"),            # K
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                   # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                  # G
 "east_oweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                       # G* (row مطار شرق العوينات)
 "adre_crossing": ("crossing", "TD", 13.46648, 22.19875, "Adre border crossing"),          # G* (town row أدري)
 "geneina": ("city", "SD", 13.45262, 22.44725, "Geneina"),                                 # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                                # G
}

TRAPS = {
 "sv1": ["يورونيوز", "تشادي", "الطاهر الأوباري", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "الجزائري",
         "الهلال الأحمر الليبي"],
 "sv2": ["الليبي", "القاهرة الإخبارية", "مصرية", "الجيش المصري", "الطبرقي", "المنطقة الغربية العسكرية",
         "الليبية"],
 "sv3": ["رصيف22", "بركان الغضب", "شارع طرابلس", "تركية", "سوريين", "المجلس العسكري مصراتة"],
 "sv4": ["أصوات مغاربية", "الجيش التونسي", "نهج ليبيا", "الليبي", "المجلس العسكري الزنتان", "الشروق", "الجزائرية",
         "ليبيون", "مالي", "الطرابلسي"],
 "sv5": ["السوداني", "ليبية", "الدعم السريع", "سبل السلام", "الجيش المصري", "مصرية", "التشادي", "لا أدري",
         "سودانية", "تشادية"],
}

PHEN = {
 "sv1": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area",
         "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "sv2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "vague_area",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "sv3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
 "sv4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "town_vs_district", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "sv5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"
MOVES = {
 "sv1": [
  mv("deploy", "reported", LNA, ["قاعدة براك الجوية"], ["أوباري"], ["سبها"]),
  mv("deploy", "reported", LNA, ["قاعدة تمنهنت"], ["حقل الشرارة"]),
  mv("deploy", "planned", LNA, [], ["غات", "العوينات", "منفذ إيسين"]),
  mv("airlift", "planned", LNA, ["بنينا"], ["مطار سبها"]),
  mv("advance", "denied", "Chadian armed groups", ["أم الأرانب"], ["أوباري"]),
  mv("reinforce", "conditional", "Algerian army", ["إليزي"], ["جانت"]),
 ],
 "sv2": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم"], ["سيدي براني"]),
  mv("airlift", "reported", "Egyptian army", ["قاعدة غرب القاهرة الجوية"], ["مطار مرسى مطروح"]),
  mv("naval_landing", "reported", "Egyptian army", ["الإسكندرية"], ["ميناء السلوم"]),
  mv("deploy", "reported", LNA, ["قاعدة جمال عبد الناصر الجوية"], ["البردية"]),
  mv("redeploy", "planned", LNA, ["طبرق"], ["الجغبوب"]),
  mv("withdraw", "denied", LNA, ["درنة"], ["بنغازي"]),
  mv("deploy", "conditional", "Egyptian army", [], ["سيوة", "بحر الرمال الأعظم"]),
 ],
 "sv3": [
  mv("deploy", "reported", "Misrata forces", ["مصراتة"], ["أبوقرين"], ["تاورغاء"]),
  mv("naval_landing", "reported", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"]),
  mv("redeploy", "planned", LNA, ["قاعدة الجفرة الجوية"], ["سرت"], ["ودان"]),
  mv("deploy", "planned", LNA, [], ["قاعدة القرضابية"]),
  mv("airlift", "denied", "Syrian mercenaries", ["مطار معيتيقة"], ["مصراتة"]),
  mv("withdraw", "denied", LNA, ["راس لانوف"], ["بن جواد"]),
  mv("advance", "conditional", GNA, [], ["الوشكة", "بويرات الحسون"]),
  mv("mobilise", "conditional", "Misrata forces", [], ["أبوقرين"]),
 ],
 "sv4": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان", "معبر رأس اجدير"]),
  mv("deploy", "planned", "Tunisian army", [], ["الذهيبة"]),
  mv("shipment", "denied", None, ["ليبيا"], ["بن قردان"]),
  mv("deploy", "reported", GNA, ["طرابلس"], ["زوارة"]),
  mv("deploy", "planned", GNA, ["زوارة"], ["رأس اجدير"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["نالوت", "وازن"]),
  mv("reinforce", "conditional", "Algerian army", ["عين أميناس"], ["الدبداب"]),
 ],
 "sv5": [
  mv("advance", "reported", "Sudanese armed groups", ["مليط"], ["المالحة"]),
  mv("advance", "reported", "Sudanese armed groups", ["المالحة"], ["جبل العوينات"]),
  mv("advance", "denied", "Sudanese armed groups", [], ["الكفرة"]),
  mv("deploy", "reported", LNA, ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("shipment", "reported", LNA, ["جالو"], ["الكفرة"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["شرق العوينات"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["كوري بوغودي"]),
 ],
}

NOTES = {
 "sv1": "Euronews Arabic explainer in five numbered points with dash bullets on the south-west: two LNA moves in one "
        "bullet (Brak air base→Ubari via Sabha; Tamanhint→Sharara), a planned battalion for Ghat/Al-Awaynat/Isayen and a "
        "planned cargo flight Benina→Sabha airport in another, a Chadian rebel denial, an Algerian conditional "
        "Illizi→Djanet move told by a source in Algiers, and a places-only item (displaced families to Germa, Sabha and "
        "Idri, suspended flights, the Ubari–Ghat road).",
 "sv2": "Al-Qahera News «أبرز 5 مستجدات» with ordinal headings and • bullets: three Egyptian moves in one section "
        "(Marsa Matruh→Sallum via Sidi Barrani, a Cairo West→Marsa Matruh airport airlift, a landing at Sallum port from "
        "Alexandria), an LNA company Gamal Abdel Nasser base→Bardia and a planned Tobruk→Jaghbub battalion in one bullet, a "
        "denied Derna→Benghazi pull-out, a conditional Egyptian deployment to Siwa/the Great Sand Sea; places-only items "
        "on the crossings and a delegation's visit.",
 "sv3": "Raseef22 explainer in five numbered questions: Misrata's Joint Force Misrata (\"المدينة\")→Abu Qurayn via "
        "Tawergha and a Turkish landing at Khums port from Mersin, two planned LNA moves (Jufra base→Sirte via Waddan; "
        "a company to Gardabiya base), two denials in one answer (Syrian airlift Mitiga→Misrata; LNA pull-out Ras "
        "Lanuf→Bin Jawad), a conditional GNA advance and a conditional Misrata mobilisation at Abu Qurayn in one answer; "
        "a places-only list (Oil Crescent ports, the coast road); Tripoli vs «شارع طرابلس» in Misrata.",
 "sv4": "Maghreb Voices «في 5 نقاط» from Tunis: Tunisian reinforcement Medenine→Ben Gardane/the Ras Ajdir crossing, a "
        "planned company for Dehiba and a denied arms shipment Libya→Ben Gardane («المدينة») in one item, a GNA force "
        "Tripoli→Zuwara (reported) that is to go on to Ras Ajdir (planned), Zintan's denied move to Nalut/Wazin, "
        "Algeria's conditional In Amenas→Debdeb; metonymic headings (تونس تعزز، الزنتان تنفي، الجزائر تراقب), Medenine "
        "town vs governorate (والي), Tunis vs Tunisia, and a places-only item (Wazin/Dehiba crossing, Djerba airport).",
 "sv5": "Al-Sudani summary from Port Sudan with ordinal headings: an RSF column Mellit→Al Malha and part of it on to "
        "Jebel Uweinat (two moves), the RSF's denied entry into Kufra, LNA patrols Kufra→Maaten al-Sarra base, a "
        "planned Benina→Kufra airport airlift and a supply convoy Jalu→Kufra, Egypt's conditional reinforcement at East "
        "Oweinat, Chadian rebels massing at Kouri Bougoudi; places-only items (Adre crossing closed, refugees from El "
        "Fasher to Kufra) and the «لا أدري» trap.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("sv1", "sv2", "sv3", "sv4", "sv5")
