# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and capitals
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                             # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                   # G (row name_ar ربات, found by grep الرباط)
 # gd1 Tunisian border (Ben Gardane, Ras Ajdir, Dehiba)
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabès"),                                   # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                             # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                           # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                 # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba border crossing"),    # G* (row منفذ وازن, country TN)
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G (row منفذ رأس جدير)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                # G
 "abu_kammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 # gd2 Algeria's eastern border (In Amenas, Debdeb, Djanet) and the Libyan side
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "hassi_messaoud": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                  # G
 "border_dz_ly": ("region", "DZ", 28.0, 9.75, "Algeria-Libya border (Algerian side)"),   # K
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),            # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),      # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi province"),                   # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                  # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                  # G* (row kind village)
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                        # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                     # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                            # G
 # gd3 Oil Crescent and the Sirte line
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "es_sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),            # G (row ميناء السدرة)
 "ras_lanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),         # G (row راس لانوف)
 "ras_lanuf": ("town", "LY", 30.50000, 18.52720, "Ras Lanuf"),                           # G* (same row, kind town)
 "benghazi_port": ("crossing", "LY", 32.11486, 20.06859, "Benghazi port"),               # K (city row point)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                             # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                   # G
 "bin_jawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                             # G
 # gd4 the east and the Egyptian border
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                 # G
 "bardia": ("town", "LY", 31.75601, 25.08530, "Bardia"),                                 # G (row بردية)
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                   # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                            # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                # G
 "emsaed_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                 # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                     # G
 "marsa_matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                     # G
 # gd5 Kufra and the south-east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                       # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                               # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                               # G
 "maaten_sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),         # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                       # G* (row مثلث العوينات)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),           # G* (town row)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),             # G* (row الحدود الليبية السودانية)
}

TRAPS = {
 "gd1": ["آخر خبر أونلاين", "الاتحاد الرياضي ببنقردان", "سامي القابسي", "إذاعة تطاوين", "نهج طرابلس", "الليبي", "ليبية"],
 "gd2": ["الشروق", "الجيش الوطني الشعبي", "الناحية العسكرية الرابعة", "عبد الحميد ميزاب", "تندرج", "الليبية"],
 "gd3": ["هسبريس", "وكالة فرانس برس", "الجيش الوطني الليبي", "محمد المصراتي", "غرفة عمليات سرت الجفرة", "شارع طرابلس", "عبد الرحيم الإدريسي", "تركية", "الليبية", "المغربي"],
 "gd4": ["يورونيوز", "القيادة العامة للجيش الوطني الليبي", "الجيش المصري", "المتحدث العسكري المصري", "مصرية", "المساعدات"],
 "gd5": ["سبل السلام", "المنارة", "قوات الدعم السريع", "سودانيين", "سودانية", "الليبية", "السفارة الأمريكية", "قبيلة الزوية"],
}

PHEN = {
 "gd1": ["spelling", "clitics", "multiword", "media_trap", "person_trap", "nisba", "coverage_crossings",
         "coverage_neighbours", "ambiguity_tripoli"],
 "gd2": ["spelling", "clitics", "border_phrase", "countries", "coverage_neighbours", "coverage_oil",
         "town_vs_district", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "multiword"],
 "gd3": ["spelling", "clitics", "multiword", "coverage_oil", "vague_area", "countries", "media_trap", "person_trap",
         "nisba", "ambiguity_country_capital", "operation_trap", "ambiguity_tripoli", "ambiguity_idri"],
 "gd4": ["spelling", "clitics", "multiword", "coverage_bases", "coverage_neighbours", "countries", "media_trap",
         "nisba", "ambiguity_country_capital", "coverage_crossings", "common_word_trap"],
 "gd5": ["spelling", "clitics", "multiword", "coverage_bases", "border_phrase", "countries", "vague_area",
         "media_trap", "operation_trap", "nisba", "town_vs_district"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "gd1": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بن قردان"], ["مدنين"]),
  mv("deploy", "planned", "GNA forces", [], ["منفذ رأس اجدير"], ["زوارة"]),
  mv("withdraw", "reported", None, ["بوكماش"], ["زواره"]),
  mv("withdraw", "denied", "Tunisian army", ["الذهيبة"], ["تطاوين"]),
  mv("reinforce", "conditional", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("shipment", "reported", "Tunisian army", ["مدنين"], ["بن قردان"]),
 ],
 "gd2": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["عين أميناس"], ["حاسي مسعود"]),
  mv("deploy", "planned", "Algerian army", ["إليزي"], ["الدبداب"]),
  mv("withdraw", "denied", "Algerian army", ["جانت"], ["تامنغست"]),
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["غدّامس"], ["درج"]),
  mv("advance", "conditional", "Libyan National Army", ["أوباري"], ["غات"]),
  mv("mobilise", "reported", None, [], ["العوينات"]),
 ],
 "gd3": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["ميناء رأس لانوف"], ["أجدابيا", "البريقة"]),
  mv("deploy", "planned", "Libyan National Army", ["اجدابيا"], ["بن جواد"]),
  mv("withdraw", "denied", "Libyan National Army", ["ميناء السدرة"], ["سرت"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء السدرة"]),
  mv("advance", "conditional", "Misrata forces", ["أبوقرين"], ["سرت"]),
  mv("airlift", "reported", "Turkish armed forces", ["تركيا"], ["مطار مصراته"]),
 ],
 "gd4": [
  mv("deploy", "reported", "Libyan National Army", ["طبرق"], ["امساعد", "البردية"]),
  mv("redeploy", "reported", "Libyan National Army", ["درنه"], ["طبرق"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا"], ["الجغبوب"]),
  mv("naval_landing", "reported", "Libyan National Army", ["قاعدة طبرق البحرية"], ["البردية"]),
  mv("advance", "denied", "Egyptian army", ["سيوة"], ["جغبوب"]),
  mv("reinforce", "conditional", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
 ],
 "gd5": [
  mv("redeploy", "reported", "Libyan National Army", ["الكفرة"], ["ربيانه"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("deploy", "planned", "Libyan National Army", ["تيزربو"], ["قاعدة معطن السارة"]),
  mv("reinforce", "planned", "Libyan National Army", ["أجدابيا"], ["قاعدة معطن السارة"]),
  mv("shipment", "reported", "Libyan National Army", ["جالو"], ["الكفرة"]),
  mv("advance", "denied", "Sudanese armed groups", [], [], ["جبل العوينات"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["الحدود مع السودان"]),
  mv("mobilise", "reported", None, [], ["الكفره"]),
 ],
}

NOTES = {
 "gd1": "Tunisian outlet (Akher Khabar Online), Ben Gardane: بن قردان/بنقردان/Ben Guerdane, معبر راس جدير/منفذ رأس اجدير/"
        "Ras Jedir, زوارة/زواره/Zouara, بوكماش/أبو كماش, الذهيبة/ذهيبة/Dhehiba; a reported Tunisian reinforcement "
        "Gabès→Ben Gardane via Medenine, a planned GNU force to Ras Ajdir via Zuwara, an armed group's pull-out Abu "
        "Kammash→Zuwara, a denied pull-out Dehiba→Tataouine and a conditional reinforcement Tataouine→Dehiba.",
 "gd2": "Algerian outlet (Echorouk Online), Ouargla: ورڨلة/ورقلة, عين أمناس/عين أميناس/In Amenas, إليزي/إيليزي, "
        "الدبداب/دبداب, تامنغست/تمنراست, غدامس/غدّامس/Ghadamès, Ghat; a reported reinforcement Ouargla→In Amenas via "
        "Hassi Messaoud, a planned battalion Illizi→Debdeb, a denied pull-out Djanet→Tamanrasset, a GNU column "
        "Nalut→Ghadames via Derj and a conditional LNA advance Ubari→Ghat.",
 "gd3": "Moroccan outlet (Hespress, agencies): ميناء السدر/ميناء السدرة, ميناء رأس لانوف/Ras Lanuf, أجدابيا/اجدابيا, "
        "سرت/Syrte, مصراتة/مطار مصراته/Misrata, أبوقرين; a reported LNA reinforcement Benghazi→Ras Lanuf port via "
        "Ajdabiya and Brega, a planned company Ajdabiya→Bin Jawad, a denied pull-out Es Sider→Sirte, a conditional "
        "Misrata advance Abu Qurayn→Sirte and a Turkish cargo flight Türkiye→Misrata airport.",
 "gd4": "Euronews Arabic, Tobruk: امساعد/مساعد/Emsaed, الجغبوب/جغبوب/Al Jaghbub, درنه/Derna, السلوم/Salloum, "
        "مرسى مطروح/Marsa Matrouh; a reported LNA deployment Tobruk→Emsaed/Bardia after a redeploy Derna→Tobruk, a "
        "planned airlift Benina→Jaghbub, Egypt's denied entry Siwa→Jaghbub and a conditional Egyptian reinforcement "
        "Marsa Matruh→Sallum.",
 "gd5": "Libyan outlet (Al-Manara Media), Kufra: الكفرة/الكفره/Kufra (also inside an English quote), ربيانة/ربيانه, "
        "تازربو/تيزربو, العوينات = Jebel Uweinat (not the western town); a reported redeploy Kufra→Rebiana, an airlift "
        "Benina→Kufra airport, a planned company Tazirbu→Maaten al-Sarra with planned reinforcements from Ajdabiya, a "
        "denied RSF crossing via Jebel Uweinat and a conditional deployment to the border with Sudan.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("gd1", "gd2", "gd3", "gd4", "gd5")
