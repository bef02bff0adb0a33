# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 # hf1 Djanet / Tin Alkoum (El Khabar)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (gazetteer kind village)
 "djanet_mun": ("district", "DZ", 24.55528, 9.48500, "Djanet municipality"),            # G* (town row)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "border_dz_djanet": ("region", "DZ", 24.70, 9.90, "Algeria-Libya border (Algerian side, Djanet)"),  # K
 # hf2 In Amenas (Echorouk)
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "tigu": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),              # G
 "biskra": ("city", "DZ", 34.85038, 5.72805, "Biskra"),                                 # G
 "hassi": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                          # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "border_dz_amenas": ("region", "DZ", 28.20, 9.75, "Algeria-Libya border (Algerian side, In Amenas)"),  # K
 # hf3 Niger (Al-Akhbar)
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "border_ne": ("region", "NE", 22.30, 13.90, "Niger-Libya border (Nigerien side)"),     # K
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "zinder": ("city", "NE", 13.80716, 8.98810, "Zinder"),                                 # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "dirkou_airport": ("airport", "NE", 18.96870, 12.86870, "Dirkou Airport"),             # G
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                       # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 # hf4 Chad (Tele Tchad)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "border_td": ("region", "TD", 21.80, 16.50, "Chad-Libya border (Chadian side)"),       # K
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                 # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "border_ly_td": ("region", "LY", 22.90, 16.40, "Libya-Chad border (Libyan side)"),     # K
 # hf5 Tunisia (Diwan FM)
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine governorate"),       # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba border crossing"),   # G* (row منفذ وازن, country TN)
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "borj": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                        # G
 "triangle": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "borma": ("oilfield", "TN", 31.65, 9.20, "El Borma oil field"),                        # K
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "zarzis_port": ("crossing", "TN", 33.48, 11.12, "Port of Zarzis"),                     # K
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),       # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Port of Zuwara"),               # K
}

TRAPS = {
 "hf1": ["الخبر", "الناحية العسكرية الرابعة", "إبراهيم الغاتي", "صفحات ليبية", "اللواء طارق بن زياد",
         "مصدراً عسكرياً ليبياً", "ليبيا الحدث", "المصدر الليبي"],
 "hf2": ["الشروق", "القوات الخاصة للجيش الوطني الشعبي", "المناطق الليبية", "مهندس لبناني", "قاعدة الحياة",
         "الطريق الوطني رقم 3", "العقيدة العسكرية الجزائرية", "الجانب الجزائري"],
 "hf3": ["الجيش النيجري", "وكالة الأخبار المستقلة", "عملية «برخان»", "إدريس موسى", "الجيش الوطني الليبي",
         "مواقع نيجرية", "الأراضي الليبية", "السلطات الليبية"],
 "hf4": ["تلفزيون تشاد", "سلاح الجو التشادي", "زوارها", "محمد إدريس ديبي إتنو",
         "جبهة الوفاق من أجل التغيير في تشاد", "القيادة العامة للجيش الليبي", "مسلحين تشاديين", "الأراضي الليبية"],
 "hf5": ["ديوان أف أم", "إذاعة تطاوين", "الجانب الليبي", "جيش البحر", "نهج طرابلس", "عام الرمادة"],
}

PHEN = {
 "hf1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "hf2": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "border_phrase", "coverage_oil", "coverage_neighbours", "countries"],
 "hf3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "hf4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "hf5": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "hf1": [
  mv("airlift", "reported", "Algerian army", ["ورقلة"], ["مطار جانت"]),
  mv("reinforce", "reported", "Algerian army", ["جانت"], ["معبر تين الكوم"]),
  mv("redeploy", "planned", "Algerian army", ["إليزي"], ["جانت"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["غات", "العوينات"]),
  mv("withdraw", "conditional", "Libyan National Army", ["منفذ إيسين"], []),
 ],
 "hf2": [
  mv("deploy", "reported", "Algerian army", ["بسكرة"], ["مركب تيقنتورين"]),
  mv("shipment", "planned", "Algerian army", ["حاسي مسعود"], ["عين أمناس"]),
  mv("advance", "conditional", "Algerian army", [], ["الحدود مع ليبيا"]),
  mv("withdraw", "denied", "GNA forces", ["حقل الوفاء"], ["غدامس"]),
 ],
 "hf3": [
  mv("advance", "reported", None, ["قاعدة ماداما"], ["الحدود مع ليبيا"]),
  mv("airlift", "reported", None, ["زيندر"], ["مطار ديركو"]),
  mv("shipment", "planned", None, ["ديركو"], ["قاعدة ماداما"], ["سيغيدين"]),
  mv("reinforce", "denied", "Libyan National Army", ["سبها"], ["منفذ التوم"]),
  mv("redeploy", "conditional", "Libyan National Army", ["قاعدة الويغ الجوية"], ["القطرون"]),
 ],
 "hf4": [
  mv("airlift", "reported", None, ["فايا لارجو"], ["زوار"]),
  mv("advance", "planned", None, ["زوار"], ["وور"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["القطرون", "أم الأرانب"]),
  mv("deploy", "conditional", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["الحدود مع تشاد"]),
 ],
 "hf5": [
  mv("reinforce", "reported", "Tunisian army", ["رمادة"], ["الذهيبة", "معبر الذهيبة"]),
  mv("deploy", "planned", "Tunisian army", [], ["برج الخضراء"]),
  mv("naval_landing", "reported", "Tunisian army", ["صفاقس"], ["ميناء جرجيس"]),
  mv("withdraw", "denied", "GNA forces", ["منفذ وازن"], ["نالوت"]),
  mv("naval_landing", "conditional", "GNA forces", ["طرابلس"], ["ميناء زوارة"]),
 ],
}

NOTES = {
 "hf1": "Algerian daily (El Khabar) from Djanet: Il-76 airlift Ouargla→Djanet airport, a column Djanet→the Tin Alkoum "
        "crossing (reinforcing a border-guard platoon), a planned battalion Illizi→Djanet, a denied LNA massing in Ghat and "
        "Al Awaynat, and the LNA's «لن تنسحب … إلا إذا» from the Isayen crossing; traps: outlet الخبر, person إبراهيم الغاتي "
        "(contains غات), brigade name, Libyan channel; الجزائر country vs الجزائر العاصمة.",
 "hf2": "Algerian daily (Echorouk) from In Amenas (عين أمناس/إن أمناس): special forces Biskra→Tiguentourine, a planned supply "
        "convoy Hassi Messaoud→In Amenas, a conditional advance to the border («في حال»), and the GNU's denied pull-out "
        "Al Wafa field→Ghadames; Tripoli = Libyan capital (headline, ministry) vs a Lebanese engineer's Tripoli; "
        "«قاعدة الحياة» (workers' camp) is not a base; Ghadames after قبالة and in the closed crossing is a locator.",
 "hf3": "Sahel agency (Al-Akhbar, Nouakchott) from Niamey: Nigerien armour Madama base→the Libyan border (near Toummo = "
        "locator), a C-130 Zinder→Dirkou airport, a planned fuel convoy Dirkou→Madama via Seguedine, the LNA's denied "
        "Sabha→Toummo reinforcement («مجرد شائعات») and its «قد تنقل … إذا» Al Wigh→Al Qatrun; spelling ديركو/دركو; "
        "Idriss Moussa (person, contains إدري); Fezzan trucks are civilian.",
 "hf4": "Chadian state TV (Tele Tchad) from N'Djamena: helicopters Faya-Largeau→Zouar, a planned advance Zouar→Wour, FACT's "
        "denied massing in Al Qatrun/Umm al-Aranib and an LNA conditional deployment from Tamanhint to the Chad border; "
        "traps زوارها (visitors, contains زوار), President Mahamat Idriss Deby (contains إدري), FACT's full name and the "
        "channel (contain تشاد).",
 "hf5": "Tunisian radio (Diwan FM) from Tataouine: army reinforcements Remada→Dehiba/the Dehiba crossing, a planned company for "
        "Borj El Khadra, a navy landing Sfax→Zarzis port, the GNU's denied pull-out Wazin crossing→Nalut and a conditional "
        "sea move Tripoli→Zuwara port («قد تُنقل … إذا»); traps نهج طرابلس, عام الرمادة (contains رمادة), إذاعة تطاوين; "
        "تونس العاصمة (city) vs تونس (country); والي تطاوين = governorate.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("hf1", "hf2", "hf3", "hf4", "hf5")
