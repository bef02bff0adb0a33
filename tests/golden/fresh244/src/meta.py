# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 # il1 west and Wadi al-Shati (Al-Nabaa)
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzur"),                               # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),          # G
 "judaim": ("town", "LY", 32.78000, 12.80000, "Judaim"),                                # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabi'ah"),                           # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 # il2 east, Kufra and the Egyptian border (Youm7)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"), # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.90000, 24.97000, "Jebel Uweinat"),                      # K
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G
 "border_eg": ("region", "EG", 30.50000, 25.20000, "Egyptian side of the border with Libya"),  # K
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                              # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "jabal_akhdar": ("region", "LY", 32.02519, 21.79830, "Al Jabal al Akhdar"),            # G* (district row, as region)
 # il3 Algeria's south-east and the Libyan south-west (Echorouk)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "bod": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),                          # G
 "illizi_wil": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "hassi": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                          # G
 "border_dz": ("region", "DZ", 27.50000, 9.60000, "Algerian side of the border with Libya"),   # K
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 "inguezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                          # G
 "tamanrasset_wil": ("district", "DZ", 24.08657, 4.95931, "Tamanrasset Province"),      # G* (district row spelled تامنغست)
 # il4 the centre, foreign forces, Lebanon (Al Mayadeen)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "jufra": ("district", "LY", 29.11667, 15.93333, "Al Jufra"),                           # K (area, point at Hun)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "khums_port": ("crossing", "LY", 32.65200, 14.28200, "Al Khums port"),                 # K
 "ras_lanuf_town": ("town", "LY", 30.50000, 18.52720, "Ras Lanuf"),                     # G* (row راس لانوف, kind town)
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),             # G* (row راس لانوف)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # il5 Tunisia's south-east border (Shems FM)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),       # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "border_tn": ("region", "TN", 32.60000, 11.00000, "Tunisian side of the border with Libya"),  # K
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "rasajdir_bare": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),  # G (row منفذ رأس جدير)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G (row منفذ رأس جدير)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Zuwara port"),                  # K
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "sousse": ("city", "TN", 35.82539, 10.63699, "Sousse"),                                # G
 "northwest_tn": ("region", "TN", 36.50000, 9.00000, "North-western Tunisia"),          # K
}

TRAPS = {
 "il1": ["النبأ", "قوة حماية طرابلس", "المجلس العسكري الزنتان", "إدريس المقرحي", "غرفة عمليات المنطقة الوسطى"],
 "il2": ["اليوم السابع", "قناة ليبيا الحدث", "عقيلة صالح", "الواحات الليبية", "الليبى", "المصرى"],
 "il3": ["الشروق أونلاين", "«الشروق»", "الطاهر الغدامسي", "غلاف مالي", "الجيش الوطني الشعبي", "ليبية"],
 "il4": ["الميادين", "الفيلق الأفريقي الروسي", "سرت أنباء", "مقاتلين سوريين", "وسائل اعلام تركية",
         "جهاز حرس المنشآت النفطية"],
 "il5": ["شمس أف أم", "نهج طرابلس", "سوق ليبيا", "النجم الساحلي", "الاتحاد المنستيري", "الليبية"],
}

PHEN = {
 "il1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli",
         "ambiguity_idri", "coverage_bases", "coverage_oil"],
 "il2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "il3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "il4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "il5": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "il1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية", "جودائم", "مصفاة الزاوية"], ["جنزور", "الماية"]),
  mv("mobilise", "denied", "Zintan forces", [], ["الاصابعة"]),
  mv("reinforce", "planned", "Misrata forces", ["مصراته"], ["ابوقرين"]),
  mv("advance", "conditional", "Misrata forces", [], ["سرت"]),
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["إدري"], ["براك"]),
 ],
 "il2": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["جبل العوينات"]),
  mv("withdraw", "denied", "Egyptian army", ["السلوم"], ["مرسى مطروح"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["الحدود مع ليبيا"]),
  mv("redeploy", "planned", "Libyan National Army", ["المرج"], ["اجدابيا"]),
 ],
 "il3": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["برج عمر إدريس"], ["حاسي مسعود"]),
  mv("withdraw", "denied", "Algerian army", ["جانت"], ["إليزي"]),
  mv("deploy", "conditional", "Algerian army", [], ["معبر تين الكوم"]),
  mv("redeploy", "reported", "Libyan National Army", ["سبها"], ["غات"], ["اوباري"]),
  mv("shipment", "planned", "GNA forces", [], ["غدامس"]),
 ],
 "il4": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["قاعدة الجفرة الجوية"]),
  mv("withdraw", "denied", "Syrian mercenaries", ["قاعدة براك الجوية"], ["الجفرة"]),
  mv("naval_landing", "planned", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("advance", "conditional", "Libyan National Army", ["سرت"], ["ابوقرين"]),
  mv("shipment", "reported", "Libyan National Army", ["بنغازي"], ["ميناء راس لانوف"]),
 ],
 "il5": [
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("reinforce", "conditional", "Tunisian army", [], ["الحدود مع ليبيا"]),
  mv("withdraw", "denied", "Tunisian army", ["بن قردان"]),
  mv("deploy", "reported", "GNA forces", ["زوارة"], ["معبر راس اجدير"]),
  mv("naval_landing", "planned", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
 ],
}

NOTES = {
 "il1": "Al-Nabaa evening bulletin (Tripoli), six short items in hurried copy (missing hamzas and full stops, «الى الى», "
        "«الي»): a 444 Brigade force Tripoli→Zawiya via Janzour and Al-Maya placed at the Judaim gate and around the "
        "refinery (deploy, reported); Zintan's denial of massing outside Al-Asabaa (mobilise, denied; the fighters "
        "'inside their camps in Zintan' are not a move); two Misrata battalions to Abu Qurayn (reinforce, planned) that "
        "'will not advance on Sirte unless attacked' (advance, conditional); LNA reinforcements Tamanhint air base→Idri "
        "via Brak (reinforce, reported). Not moves: wounded taken to Sabha Medical Centre, the road to Ubari, delayed "
        "flights from Mitiga to Istanbul and Cairo, power back in Janzour. Traps: قوة حماية طرابلس, المجلس العسكري الزنتان, "
        "the officer إدريس المقرحي (contains إدري).",
 "il2": "Youm7 'Libya today' roundup (Cairo), seven numbered items in Egyptian spelling (ى for final ي: بنغازى, الليبى, "
        "المثلث الحدودى): LNA airlift Benina air base→Kufra airport (reported; 'in Benghazi' is a locator, the triangle "
        "a purpose); Sudanese gunmen massing near Jebel Uweinat (mobilise, reported; the Kufra sources are not a place "
        "of the move); the denied pull-back of Egyptian border guards Sallum→Marsa Matruh and the same source's "
        "conditional reinforcement of the border with Libya; a planned LNA armoured battalion Al-Marj→Ajdabiya. Not "
        "moves: Aguila Saleh receiving Matrouh elders in Al-Qubba, the Amsaad crossing, road works Tobruk–Benghazi, "
        "weather in Benghazi and the Jebel Akhdar.",
 "il3": "Echorouk Online border digest (Algiers): an Algerian armoured column Ouargla→Bordj Omar Driss via Hassi "
        "Messaoud (reinforce, reported; the border with Libya is the purpose); the MoD's denial of a pull-back "
        "Djanet→Illizi (withdraw, denied); units to deploy near the Tin Alkoum crossing 'if clashes resume' "
        "(deploy, conditional); Haftar's forces repositioning a battalion Sabha→Ghat via Ubari (redeploy, reported); the "
        "GNU's planned convoy of vehicles and ammunition to Ghadames (shipment, planned; Tripoli is only where it was "
        "announced, so no origin). Not moves: migrants stopped near In Guezzam, tourists in Djanet. Algiers (dateline) "
        "vs Algeria (country); Illizi province vs town; غلاف مالي vs Mali.",
 "il4": "Al Mayadeen news summary (Beirut), headline + short paragraph items: Russian Il-76s Al Khadim air base→Jufra "
        "air base (airlift, reported); «وسرت أنباء» of a Syrian fighters' pull-out Brak air base→Jufra, denied by the LNA "
        "(withdraw, denied; سرت here is the verb 'spread'); a Turkish landing ship planned for Al-Khums port (naval_landing, "
        "planned); the LNA spokesman's 'we will advance from Sirte towards Abu Qurayn if the ceasefire is broken' "
        "(advance, conditional); ammunition by sea Benghazi→Ras Lanuf oil port (shipment, reported). Not moves: the "
        "House session in Benghazi, the UN envoy's visit to Misrata, a sit-in in Tripoli (Lebanon). Missing space in "
        "«منطقةالهلال النفطي».",
 "il5": "Shems FM news roundup (Tunis): Tunisian army reinforcements Tataouine→Dehiba (reinforce, reported), more to "
        "the border with Libya «في صورة» the situation worsens (reinforce, conditional), a denied pull-out from Ben "
        "Gardane (withdraw, denied); a GNU force Zuwara→Ras Ajdir crossing (deploy, reported) and a GNU ship to carry "
        "marines Abu Sitta naval base→Zuwara port (naval_landing, planned). Not moves: the correspondent in Ben Gardane, "
        "trade through نهج طرابلس and سوق ليبيا, migrants intercepted off Sfax, a football match in Sousse, weather in "
        "the capital and the north-west. Tunis (dateline, العاصمة تونس) vs Tunisia (country); Tataouine town vs "
        "governorate; بن قردان and the typo بنقردان.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("il1", "il2", "il3", "il4", "il5")
BAR_IN_TEXT = True  # the text has a literal "|" («عاجل |», «موجز الميادين |»): no "|" residue test
