# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 # capitals and big cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G (surface تونس العاصمة)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G* (row spelled ربات)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # ji1 Ras Ajdir, Ben Gardane, Zuwara
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G (row منفذ رأس جدير)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G (town row)
 "zarzis_port": ("crossing", "TN", 33.49000, 11.12000, "Zarzis port"),                  # K
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "tripoli_port": ("crossing", "LY", 32.90000, 13.19000, "Port of Tripoli"),             # K
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                  # K
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                              # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 # ji2 Dehiba-Wazin
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "dehiba_x": ("crossing", "TN", 31.97500, 10.68300, "Dehiba border crossing"),          # G* (row منفذ وازن, country TN)
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "wazin_x": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),     # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),       # G (district row)
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "remada_base": ("base", "TN", 32.31662, 10.39551, "Remada military base"),             # G* (town row)
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                 # G
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),          # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G (region row)
 # ji3 In Amenas, Debdeb, Ghadames
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G (row عين أميناس)
 "inamenas_airport": ("airport", "DZ", 28.05150, 9.64291, "In Amenas Airport"),         # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "hassi_messaoud": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                 # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "debdeb_x": ("crossing", "DZ", 29.96750, 9.42389, "Debdeb-Ghadames border crossing"),  # G* (Debdeb town row)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),     # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                    # G (row درج)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "south_west_ly": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),          # G
 "border_dz_ly": ("region", "DZ", 29.50000, 9.60000, "Algeria-Libya border (Debdeb sector)"),  # K
 "tripoint": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),     # G* (row المثلث الحدودي مع تونس والجزائر)
 # ji4 Djanet, Illizi, Ghat
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Tiska (Inedbirene) Airport"),  # G
 "ouargla_base": ("base", "DZ", 31.91700, 5.41300, "Ouargla Ain Beida air base"),       # K
 "djanet_wil": ("district", "DZ", 24.55528, 9.48500, "Djanet Province"),                # K (point at the town)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_wil": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                # G (district row)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.03000, "Tin Alkoum border crossing"),     # K
 "border_dz_ly_s": ("region", "DZ", 24.60000, 10.00000, "Algeria-Libya border (Djanet sector)"),  # K
 # ji5 the triangle from Rabat
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G* (row قاعدة الوطية)
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 "border_ly_dz": ("region", "LY", 28.90000, 10.05000, "Libya-Algeria border (Al Wafa sector)"),  # K
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TN, DZ, GNA, LNA, ZIN = "Tunisian army", "Algerian army", "GNA forces", "Libyan National Army", "Zintan forces"

TRAPS = {
 "ji1": ["ديوان أف أم", "التونسية", "الجانب الليبي", "نهج الجزائر", "سوق ليبيا", "الطرابلسي", "المجلس العسكري زوارة"],
 "ji2": ["المغرب", "زنتانية", "الجانب الليبي", "المجلس العسكري الزنتان", "الطرابلسي", "متوازن", "السلطات الليبية",
         "لا أدري"],
 "ji3": ["الخبر", "الناحية العسكرية الرابعة", "الليبية", "درجة اليقظة"],
 "ji4": ["الشعب", "لواء طارق بن زياد", "المبالغات الإعلامية", "طيران الطاسيلي"],
 "ji5": ["الجيش الجزائري", "هسبريس", "الجزائرية", "ليبية", "الشأن الليبي", "درجة التأهب", "الإدريسي"],
}

PHEN = {
 "ji1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_crossings", "coverage_neighbours", "countries"],
 "ji2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "ji3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ji4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "ji5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
}

MOVES = {
 "ji1": [
  mv("reinforce", "reported", TN, ["مدنين"], ["معبر رأس اجدير"], ["بن قردان"]),
  mv("naval_landing", "reported", TN, ["صفاقس"], ["ميناء جرجيس"]),
  mv("advance", "denied", TN, [], ["أبو كماش"]),
  mv("withdraw", "conditional", TN, ["معبر رأس اجدير"], ["مدنين"]),
  mv("naval_landing", "planned", GNA, ["ميناء طرابلس"], ["ميناء زوارة"]),
 ],
 "ji2": [
  mv("redeploy", "reported", TN, ["قاعدة رمادة"], ["الذهيبة"]),
  mv("withdraw", "reported", ZIN, ["منفذ وازن"], ["الزنتان"]),
  mv("deploy", "reported", GNA, ["طرابلس"], ["منفذ وازن"], ["نالوت"]),
  mv("withdraw", "denied", TN, ["برج الخضراء"], ["رمادة"]),
  mv("shipment", "planned", TN, ["تونس العاصمة"], ["الذهيبة"]),
  mv("mobilise", "conditional", TN, [], ["ولاية تطاوين"]),
 ],
 "ji3": [
  mv("reinforce", "reported", DZ, ["ورقلة"], ["إن أمناس", "مجمع تيقنتورين"], ["حاسي مسعود"]),
  mv("airlift", "reported", DZ, ["مطار إن أمناس"], ["دبداب"]),
  mv("advance", "denied", LNA, ["أوباري"], ["درج", "غدامس"]),
  mv("deploy", "planned", DZ, [], ["معبر الدبداب"]),
  mv("withdraw", "conditional", DZ, ["إن أمناس", "مجمع تيقنتورين"], ["ورقلة"]),
 ],
 "ji4": [
  mv("airlift", "reported", DZ, ["قاعدة ورقلة الجوية"], ["مطار جانت"]),
  mv("reinforce", "reported", LNA, ["أوباري"], ["غات"], ["العوينات"]),
  mv("redeploy", "planned", DZ, ["إن أمناس"], ["جانيت"]),
  mv("deploy", "conditional", DZ, [], ["الحدود مع ليبيا"]),
  mv("withdraw", "denied", DZ, ["معبر تين الكوم"], ["إليزي"]),
 ],
 "ji5": [
  mv("mobilise", "reported", DZ, [], ["الدبداب"]),
  mv("airlift", "reported", GNA, ["قاعدة الوطية الجوية"], ["مطار غدامس"]),
  mv("deploy", "planned", GNA, [], ["حقل الوفاء"]),
  mv("advance", "conditional", LNA, ["أوباري", "الشويرف"], ["درج"]),
  mv("shipment", "denied", DZ, ["الدبداب"], ["غدامس"]),
 ],
}

NOTES = {
 "ji1": "Diwan FM (Ben Gardane): Ras Ajdir closed and partly reopened; a Tunisian army reinforcement Medenine->the "
        "crossing via Ben Gardane, a navy landing Sfax->Zarzis port, a denied crossing towards Abu Kammash, a "
        "conditional return to Medenine and a planned GNU sea move Tripoli port->Zuwara port; street, market, "
        "spokesman (Trabelsi) and Zuwara military council traps.",
 "ji2": "Al-Maghrib daily (Tataouine): Dehiba-Wazin; a Tunisian redeploy Remada base->Dehiba, Zintan's battalion "
        "leaving the Wazin crossing for Zintan and a GNU border force Tripoli->Wazin via Nalut, a denied pull-back "
        "Borj El Khadra->Remada, a planned equipment shipment from Tunis and a conditional build-up in Tataouine "
        "governorate; outlet named like Morocco, Trabelsi, «متوازن» (Wazin) and «لا أدري» traps.",
 "ji3": "El Khabar (Algiers): an Algerian reinforcement Ouargla->In Amenas/Tiguentourine via Hassi Messaoud, a "
        "helicopter lift In Amenas airport->Debdeb, the LNA's denied advance Ubari->Derj/Ghadames, a planned "
        "battalion at the Debdeb crossing and a conditional return to Ouargla; spelling variants (عين/إن أمناس, "
        "دبداب/الدبداب), Algiers vs Algeria, «درجة» (Derj) trap.",
 "ji4": "Echaab (Illizi): an Il-76 airlift Ouargla air base->Djanet airport, an LNA brigade Ubari->Ghat via Al "
        "Awaynat, a planned battalion In Amenas->Djanet (spelled جانيت), a conditional deployment on the border and "
        "a denied pull-out Tin Alkoum->Illizi; civil flights not a movement; «المبالغات» (Ghat) trap.",
 "ji5": "Hespress (Rabat): Algerian armour massing at Debdeb, a GNU airlift Al-Watiya->Ghadames airport, a planned "
        "company for the Al Wafa field, the LNA's conditional advance Ubari/Ash Shwayrif->Derj and Algeria's denied "
        "arms shipment Debdeb->Ghadames; Idrissi and «درجة التأهب» (Derj) traps.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ji1", "ji2", "ji3", "ji4", "ji5")
