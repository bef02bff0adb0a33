# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                     # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                              # G* (Hun town row, as district)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                    # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                            # G
 # kv1 Syrian fighters (Enab Baladi)
 "afrin": ("town", "SY", 36.50833, 36.86944, "Afrin"),                                     # G
 "albab": ("town", "SY", 36.37050, 37.51570, "Al-Bab"),                                    # K
 "aleppo": ("city", "SY", 36.20124, 37.16117, "Aleppo"),                                   # G
 "babsalama": ("crossing", "SY", 36.64000, 37.08000, "Bab al-Salama border crossing"),     # K
 "gaziantep": ("city", "TR", 37.05944, 37.38250, "Gaziantep"),                             # G (row عنتاب)
 "mitiga_ap": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "salahaddin": ("town", "LY", 32.88743, 13.18733, "Salah al-Din (Tripoli)"),               # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                       # G (row قاعدة الوطية)
 "north_syria": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                    # G
 # kv2 Tarhuna (Al-Modon)
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                                 # G
 "tarhuna_mun": ("district", "LY", 32.43501, 13.63320, "Tarhuna municipality"),            # G* (town row)
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                           # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                            # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                               # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                    # G
 "akkar": ("district", "LB", 34.55000, 36.10000, "Akkar"),                                 # K
 # kv3 Benghazi (Asharq Al-Awsat)
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma camp"),                             # G* (row الرجمة)
 "sidifaraj": ("town", "LY", 32.05000, 20.13000, "Sidi Faraj (Benghazi)"),                 # K
 "hawari": ("town", "LY", 32.06000, 20.08000, "Al Hawari (Benghazi)"),                     # K (not the Kufra-area village row)
 "sabri": ("town", "LY", 32.11486, 20.06859, "As Sabri"),                                  # G
 "souqhout": ("town", "LY", 32.11500, 20.06500, "Souq al-Hout (Benghazi)"),                # K
 "ganfouda": ("town", "LY", 32.11486, 20.06859, "Ganfouda (Benghazi)"),                    # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                     # G
 "buatni": ("base", "LY", 32.11486, 20.06859, "Bu Atni camp (Benghazi)"),                  # G* (row بوعطني, as base)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                          # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                     # G
 "zueitina": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),              # G* (town row)
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa Brega port"),                 # G* (town row)
 # kv4 Wazin / Dehiba (BBC Arabic)
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                     # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"), # G (row منفذ وازن)
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                   # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                     # G
 "nafusa": ("region", "LY", 31.95000, 11.90000, "Jabal Nafusa"),                           # K
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                   # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                                # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                             # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),          # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),                # G* (row الحدود الليبية التونسية)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 # kv5 Sirte (Noon Post)
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                                # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                              # G
 "sidibarrani": ("town", "EG", 31.61083, 25.92556, "Sidi Barrani"),                        # G
 "sirte_port": ("crossing", "LY", 31.21500, 16.57000, "Sirte port"),                       # K
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                   # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),                # G* (city row)
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                      # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),                 # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                          # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "border_eg": ("region", "EG", 31.20000, 25.25000, "Egypt-Libya border (Egyptian side)"),  # K
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                     # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                       # G
}

TRAPS = {
 "kv1": ["عنب بلدي", "أبو محمد الإدلبي", "الإدلبي", "الجيش الوطني السوري", "الجيش الوطني الليبي", "مالي",
         "فتح الباب", "غصن الزيتون", "المرصد السوري لحقوق الإنسان", "تلفزيون سوريا", "الليبية", "تركية"],
 "kv2": ["المدن", "اللبنانية", "طوفان الكرامة", "بركان الغضب", "الراية البيضاء", "لا أدري", "سالم الترهوني",
         "الخمس", "ليبيا الحدث"],
 "kv3": ["الشرق الأوسط", "عملية الكرامة", "مجلس شورى ثوار بنغازي", "صالح الإدريسي", "الإدريسي", "فجر ليبيا",
         "فندق تيبستي", "الجيش الوطني الليبي"],
 "kv4": ["بي بي سي", "كتيبة ثوار طرابلس", "مصطفى النالوتي", "التونسي", "تونسية", "إذاعة تطاوين", "ليبية"],
 "kv5": ["نون بوست", "مجمع واغادوغو للمؤتمرات", "البنيان المرصوص", "المصري", "روسية", "الهلال الأحمر"],
}

PHEN = {
 "kv1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "kv2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_idri", "town_vs_district"],
 "kv3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_idri",
         "nisba", "coverage_bases", "coverage_oil"],
 "kv4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "kv5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "kv1": [
  # 2020 flashback: one journey by road then air (Al-Bab -> Bab al-Salama -> Gaziantep -> Mitiga airport)
  mv("airlift", "reported", "Syrian mercenaries", ["الباب"], ["مطار معيتيقة"], ["معبر باب السلامة", "غازي عنتاب"]),
  mv("deploy", "reported", "Syrian mercenaries", ["معيتيقة"], ["صلاح الدين"]),
  mv("redeploy", "reported", "Syrian mercenaries", [], ["أبو قرين"]),
  # this week
  mv("airlift", "reported", "Syrian mercenaries", ["غازي عينتاب"], ["قاعدة الوطية الجوية"]),
  mv("withdraw", "planned", "Syrian mercenaries", ["الوطية"], ["شمال سوريا"], ["تركيا", "معبر باب السلامة"]),
  mv("redeploy", "conditional", "Syrian mercenaries", ["طرابلس"], ["سرت"]),
  mv("mobilise", "denied", "Syrian mercenaries", [], ["مصراتة"]),
 ],
 "kv2": [
  # April 2019 flashback: the columns arrive from Jufra via Bani Walid and push on from Tarhuna
  mv("advance", "reported", "Libyan National Army", ["الجفرة"], ["قصر بن غشير", "طرابلس"], ["بني وليد", "ترهونة"]),
  mv("shipment", "reported", "Libyan National Army", ["الجفرة"], ["ترهونة"], ["بني وليد"]),
  # June 2020 flashback
  mv("withdraw", "reported", "Libyan National Army", ["ترهونه"], ["الجفرة"], ["بني وليد"]),
  mv("advance", "reported", "GNA forces", [], ["ترهونة"]),
  # this week
  mv("deploy", "reported", "GNA forces", ["مسلاتة"], ["ترهونة"]),
  mv("reinforce", "planned", "GNA forces", ["طرابلس"], ["ترهونة"]),
  mv("reinforce", "conditional", "Misrata forces", ["مصراتة"], ["ترهونة"]),
  mv("withdraw", "denied", "GNA forces", ["ترهونة"], ["طرابلس"]),
 ],
 "kv3": [
  # 2014-2018 flashbacks
  mv("advance", "reported", "Libyan National Army", ["معسكر الرجمة"], ["سيدي فرج", "الهواري"]),
  mv("shipment", "reported", None, ["مصراتة"], ["قنفودة"]),
  mv("advance", "reported", "Libyan National Army", ["بنغازي"], ["درنة"]),
  # this week
  mv("redeploy", "reported", "Libyan National Army", ["معسكر بوعطني"], ["قاعدة الجفرة الجوية"], ["اجدابيا"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["الكفرة"]),
  mv("naval_landing", "conditional", "Libyan National Army", [], ["ميناء الزويتينة", "ميناء البريقة"]),
  mv("withdraw", "denied", "Libyan National Army", ["سرت"], ["الجفرة"]),
 ],
 "kv4": [
  # 2011 flashbacks
  mv("withdraw", "reported", None, [], ["الذهيبة"], ["منفذ وازن"]),
  mv("advance", "reported", "Zintan forces", ["الزنتان"], ["طرابلس"], ["الزاوية"]),
  # this week
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("deploy", "planned", "GNA forces", ["نالوت"], ["منفذ وازن"]),
  mv("mobilise", "conditional", "Zintan forces", [], ["الحدود مع تونس"]),
  mv("advance", "denied", "Tunisian army", [], ["وازن"]),
 ],
 "kv5": [
  # 2016 and 2020 flashbacks
  mv("advance", "reported", "Misrata forces", ["أبوقرين"], ["سرت"], ["الوشكة"]),
  mv("advance", "reported", "Libyan National Army", ["بن جواد"], ["سرت"]),
  mv("advance", "reported", "GNA forces", [], ["الوشكة"]),
  # this week
  mv("withdraw", "reported", "GNA forces", ["الوشكة"], ["أبو قرين"]),
  mv("naval_landing", "reported", "Libyan National Army", ["بنغازي"], ["ميناء سرت"]),
  mv("withdraw", "planned", "Libyan National Army", ["سرت"], ["قاعدة الجفرة الجوية"], ["ودان"]),
  mv("deploy", "conditional", "Egyptian army", [], ["الحدود مع ليبيا"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة القرضابية"], ["براك"]),
 ],
}

NOTES = {
 "kv1": "Enab Baladi feature: a Syrian fighter's 2020 journey Al-Bab -> Bab al-Salama -> Gaziantep -> Mitiga airport "
        "(one airlift), his group sent Mitiga -> Salah al-Din and later to Abu Qurayn (flashbacks, reported); this "
        "week's airlift Gaziantep -> Al-Watiya (reported), the planned return Al-Watiya -> northern Syria via Turkey "
        "and Bab al-Salama, a conditional move Tripoli -> Sirte (lan...illa idha) and a denied massing in Misrata. "
        "Traps: Al-Bab vs «فتح الباب», «دعم مالي», al-Idlibi, the SNA/LNA names, Syria TV, SOHR.",
 "kv2": "Al-Modon reportage from Tarhuna: the LNA's April 2019 advance Jufra -> Tarhuna -> Qasr Bin Ghashir/Tripoli, "
        "its ammunition shipments via Bani Walid, the June 2020 pull-out to Jufra and the GNA entry (flashbacks); this "
        "week a GNU force Msallata -> Tarhuna (reported), a planned company from Tripoli, a conditional Misrata move "
        "and a denied pull-back to Tripoli. Traps: Tripoli (Lebanon) vs Tripoli, «لا أدري», «الراية البيضاء», «الخمس».",
 "kv3": "Asharq Al-Awsat feature on Operation Dignity's anniversary: the 16 May 2014 columns Rajma -> Sidi Faraj/Al-Hawari, "
        "boats Misrata -> Ganfouda, the 2018 push Benghazi -> Derna (flashbacks); this week's LNA battalion Bu Atni -> "
        "Jufra air base via Ajdabiya (reported), a planned Benina -> Kufra airlift, a conditional naval landing at the "
        "Zueitina and Brega ports and a denied pull-out Sirte -> Jufra. Traps: Tibesti hotel, al-Idrisi, Fajr Libya.",
 "kv4": "BBC Arabic feature from Nalut: Gaddafi's soldiers fleeing through the Wazin crossing to Dehiba and the Zintan "
        "fighters' August 2011 descent via Zawiya to Tripoli (flashbacks); this week a Tunisian reinforcement "
        "Tataouine -> Dehiba (reported), a planned GNA company Nalut -> the Wazin crossing, Zintan's conditional massing "
        "on the border and Tunisia's denied crossing into Wazin. Traps: the Tripoli brigade, al-Nalouti, Tataouine radio.",
 "kv5": "Noon Post long-read on Sirte: the 2016 Bunyan al-Marsous advance Abu Qurayn -> Sirte via Al-Washka, the LNA's "
        "January 2020 entry from Bin Jawad and the GNA reaching Al-Washka (flashbacks); this week a GNA pull-back "
        "Al-Washka -> Abu Qurayn and an LNA landing at Sirte port from Benghazi (reported), a planned LNA pull-back "
        "Sirte -> Jufra air base via Waddan, Egypt's conditional border deployment and a denied Russian pull-out "
        "Gardabiya -> Brak. Traps: Ouagadougou hall, the Red Crescent, Algiers vs Algeria.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("kv1", "kv2", "kv3", "kv4", "kv5")
