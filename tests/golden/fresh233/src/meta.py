# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # used in several articles
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 # ia1 Benghazi -> Sabha and on to the south
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا)
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "ghudwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                               # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),            # G* (row الحدود الليبية النيجرية)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # ia2 Ouargla -> Djanet, the Algerian side
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_wil": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                # G (district row)
 "hassi": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                          # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G (row عين أميناس)
 "border_dz_ly": ("region", "DZ", 27.00000, 9.75000, "Algeria-Libya border (Algerian side)"),  # K
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "boufarik": ("base", "DZ", 36.57413, 2.91214, "Boufarik Air Base"),                    # G* (town row)
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 # ia3 Darfur, Kufra and the triangle
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                  # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (air base row, near Hun/Waddan)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),     # G* (row مثلث العوينات)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "matan": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G* (row قاعدة معطن السارة)
 "dabba": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                              # K
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),            # G* (row الحدود الليبية السودانية)
 # ia4 Gabès -> Dehiba, the Tunisian south and the Nafusa side
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabès"),                                  # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G (row منفذ وازن)
 "border_tn_ly": ("region", "TN", 32.05000, 10.62000, "Tunisia-Libya border (Tunisian side)"),  # K
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),       # G (district row)
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "borma": ("oilfield", "TN", 31.68000, 9.22000, "El Borma oil field"),                  # K
 "border_tn_dz": ("region", "TN", 31.75000, 9.10000, "Tunisia-Algeria border (near El Borma)"),  # K
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                    # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                              # G
 # ia5 Aksaz -> Al-Khums -> Al-Watiya
 "aksaz": ("base", "TR", 36.83450, 28.39000, "Aksaz Naval Base"),                       # K
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G (row قاعدة الوطية)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khums_port": ("crossing", "LY", 32.65500, 14.27500, "Al Khums port"),                 # K
 "misrata_port": ("crossing", "LY", 32.36500, 15.21500, "Misrata port (Qasr Ahmed)"),   # K
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "gaziantep": ("city", "TR", 37.05944, 37.38250, "Gaziantep"),                          # G (row عنتاب)
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port (Marsa Zuwarah)"),  # K (GeoNames 2208423, as in fresh51)
 "west_ly": ("region", "LY", 32.20000, 12.60000, "Western Libya"),                      # K
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, ALG, SDG, TUN, TUR = ("Libyan National Army", "Algerian army", "Sudanese armed groups", "Tunisian army",
                           "Turkish armed forces")

TRAPS = {
 "ia1": ["إيلاف", "الجيش الوطني الليبي", "خالد الإدريسي", "تشاديين", "دعم مالي"],
 "ia2": ["الشروق أونلاين", "الشروق", "الجزائري", "مبالغات", "جزائرية", "الليبية", "الجيش الوطني الشعبي",
         "الجانب الليبي"],
 "ia3": ["الدعم السريع", "دارفوريون", "سودان تربيون", "لا أدري", "القوات المسلحة السودانية",
         "السودانية", "دارفورية", "كتيبة سبل السلام", "الجانب الليبي"],
 "ia4": ["باب نات", "نهج طرابلس", "عمر الغدامسي", "إذاعة تطاوين", "الجانب الليبي", "المجلس العسكري الزنتان"],
 "ia5": ["الميادين", "وكالة الأناضول", "قوة حماية طرابلس", "الساعات الخمس", "التركية",
         "المقاتلين السوريين"],
}

PHEN = {
 "ia1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ia2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "ia3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_idri", "vague_area",
         "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "ia4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "ia5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_bases", "countries"],
}

MOVES = {
 "ia1": [
  _m("reinforce", "reported", LNA, ["بنغازي"], ["سبها"], ["اجدابيا", "زلة", "هون"]),
  _m("airlift", "reported", LNA, ["قاعدة بنينا"], ["قاعدة تمنهنت الجوية"], ["قاعدة الجفرة الجوية"]),
  _m("deploy", "planned", LNA, ["سبها"], ["القطرون"], ["غدوة", "أم الأرانب"]),
  _m("deploy", "planned", LNA, ["سبها"], ["إدري"], ["براك"]),
  _m("advance", "conditional", LNA, ["القطرون"], ["منفذ التوم"], ["تجرهي"]),
  _m("redeploy", "denied", LNA, [], ["سرت"], ["ودان"]),
 ],
 "ia2": [
  _m("reinforce", "reported", ALG, ["ورقلة"], ["جانت"], ["حاسي مسعود", "عين أمناس", "إليزي"]),
  _m("airlift", "planned", ALG, ["قاعدة بوفاريك الجوية"], ["مطار جانت"], ["تمنراست"]),
  _m("advance", "denied", ALG, [], ["غات"], ["منفذ تين الكوم"]),
  _m("redeploy", "reported", LNA, ["منفذ إيسين"], ["حقل الفيل"], ["غات", "العوينات"]),
  _m("deploy", "conditional", ALG, ["عين أمناس"], ["الدبداب"], []),
 ],
 "ia3": [
  _m("reinforce", "reported", SDG, ["نيالا"], ["المالحة"], ["الفاشر", "مليط"]),
  _m("shipment", "denied", LNA, ["الكفرة"], ["المالحة"], ["معطن السارة"]),
  _m("advance", "planned", None, ["الدبة"], ["المثلث الحدودي"], ["دنقلا"]),
  _m("withdraw", "reported", SDG, ["الجفرة"], ["شمال دارفور"], ["الكفرة", "المثلث الحدودي"]),
  _m("mobilise", "conditional", LNA, ["الكفرة", "تازربو"], ["معطن السارة"], []),
 ],
 "ia4": [
  _m("reinforce", "reported", TUN, ["قابس"], ["الذهيبة"], ["مدنين", "تطاوين", "رمادة"]),
  _m("deploy", "planned", TUN, ["رمادة"], ["حقل البرمة"], []),
  _m("withdraw", "denied", TUN, ["رمادة"], ["قابس"], ["مدنين"]),
  _m("mobilise", "reported", "Zintan forces", ["الزنتان", "جادو"], ["نالوت"], []),
  _m("advance", "conditional", "GNA forces", ["نالوت"], ["غدامس"], ["سيناون"]),
 ],
 "ia5": [
  _m("naval_landing", "reported", TUR, ["قاعدة أكساز البحرية"], ["ميناء الخمس"], ["ميناء مصراته"]),
  _m("reinforce", "reported", TUR, ["الخمس"], ["قاعدة الوطية الجوية"], ["طرابلس", "الزاوية"]),
  _m("withdraw", "conditional", "Syrian mercenaries", ["قاعدة الوطية الجوية"], ["غازي عنتاب"], ["مطار معيتيقة"]),
  _m("shipment", "planned", TUR, ["مرسين"], ["ميناء مصراتة"], ["طرابلس"]),
  _m("naval_landing", "denied", TUR, ["ميناء الخمس"], ["ميناء زوارة"], []),
 ],
}

NOTES = {
 "ia1": ("Elaph, Benghazi: an LNA column Benghazi→Sabha via Ajdabiya (spelled اجدابيا), a night halt in Zillah and "
         "a refuel in Hun, told across two paragraphs («نحو المدينة» = Sabha); an Il-76 pair Benina→Tamanhint with a "
         "stop at the Jufra air base; two planned companies Sabha→Al Qatrun via Ghudwa and Umm al-Aranib and "
         "Sabha→Idri via Brak («في وادي الشاطئ» locates Idri); a conditional advance Al Qatrun («منها»)→the "
         "Toummo crossing via Tajarhi (the Niger border phrase locates the crossing); a denied detour at Waddan "
         "towards Sirte. Traps: Elaph, the LNA names, the officer خالد الإدريسي (contains إدري), «دعم مالي», "
         "«تشاديين»."),
 "ia2": ("Echorouk, Illizi: an Algerian convoy Ouargla→Djanet via Hassi Messaoud, a two-day halt in In Amenas "
         "(spelled عين أمناس) and Illizi, whose goal is told first and legs after; a planned airlift Boufarik air "
         "base→Djanet airport with a stop in Tamanrasset («هناك» = the airport); a denied crossing via Tin Alkoum "
         "towards Ghat; an LNA company Isayen→El Feel field via Ghat and Al-Awaynat; a conditional In Amenas→Debdeb "
         "move (Ghadames only locates Debdeb). Illizi is the town (dateline, stop) and the wilaya (district). "
         "Capital vs country: الجزائر العاصمة vs حدود الجزائر. Traps: Echorouk, «مبالغات» (contains غات)."),
 "ia3": ("Sudan Tribune, Port Sudan: an RSF reinforcement Nyala→Al Malha via El Fasher (three-day stay) and Mellit "
         "(«وجهتها الأخيرة» = Al Malha); a denied LNA fuel-and-ammunition run Kufra→Al Malha via Ma'tan al-Sarra "
         "with «لا أدري» in the denial (Idri look-alike); a planned Sudanese army brigade Al-Dabba→the border "
         "triangle via Dongola (actor null: the state army is not a canonical actor); Darfur fighters leaving "
         "Jufra→North Darfur via Kufra and the triangle; a conditional Subul al-Salam massing at Ma'tan al-Sarra "
         "from Kufra and Tazirbu. Refugees to Chad and Libya are not a movement."),
 "ia4": ("Babnet, Tunis: a Tunisian army convoy Gabès→Dehiba via Medenine, an overnight stop in Tataouine and a halt "
         "in Remada; a planned unit Remada→El Borma field (the Algerian border phrase locates the field); a "
         "denied return Remada→Gabès via Medenine; Zintan fighters massing in Nalut from Zintan and Jadu; a "
         "conditional GNA advance Nalut→Ghadames via Sinawen. Tataouine is the town (overnight stop) and the "
         "governorate (district). Tunis (dateline) vs Tunisia (country); Tripoli (GNA staff) vs «نهج طرابلس» "
         "(a street in Medenine); traps «عمر الغدامسي» (contains غدامس) and «إذاعة تطاوين»."),
 "ia5": ("Al Mayadeen, Tripoli: a Turkish landing ship Aksaz naval base→Al-Khums port with a day's stop at Misrata "
         "port (spelled مصراته); the marines on by road Al-Khums→Al-Watiya air base via Tripoli and Zawiya; a "
         "conditional exit of Syrian fighters from the base («القاعدة» = Al-Watiya) via Mitiga airport to "
         "Gaziantep; a planned armour shipment Mersin→Misrata port via Tripoli in Lebanon (same surface طرابلس as "
         "the Libyan capital); a denied second landing Al-Khums port→Zuwara port. Traps: «الساعات الخمس» "
         "(contains الخمس), «قوة حماية طرابلس», «وكالة الأناضول»."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ia1", "ia2", "ia3", "ia4", "ia5")
BAR_IN_TEXT = False  # no literal "|" in the plain texts
