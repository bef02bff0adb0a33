# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # capitals and big cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # do1 Ras Ajdir
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G
 "rasajdir_spell": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir"),                 # G* (crossing row)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "border_tnside": ("region", "TN", 33.12, 11.45, "Tunisia-Libya border (Tunisian side, Ben Gardane)"),  # K
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "zarzis_port": ("crossing", "TN", 33.50398, 11.11215, "Port of Zarzis"),               # G* (Zarzis town row)
 # do2 Wazin
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "nalut_mun": ("district", "LY", 31.86848, 10.98120, "Nalut municipality"),             # G* (town row)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                   # G
 "border_lydz": ("region", "LY", 30.10, 9.60, "Libya-Algeria border (near Ghadames)"),  # K
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba border crossing"),   # G* (row منفذ وازن, country TN)
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 # do3 Tin Alkoum / Isayen
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "isayen_spell": ("crossing", "LY", 24.80000, 10.10000, "Isayen"),                      # G* (crossing row)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_wilaya": ("district", "DZ", 26.97285, 7.86520, "Illizi province"),             # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),             # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),             # G
 # do4 Al Tuwm
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "wigh_airport": ("airport", "LY", 24.18590, 14.53280, "Al Wigh Airport"),              # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "border_lyne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),             # G* (row الحدود الليبية النيجرية)
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 # do5 Emsaed / Sallum
 "amsaad_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "amsaad": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G
 "sallum_landport": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "marsa_matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                    # G
 "bardia_port": ("crossing", "LY", 31.75601, 25.08530, "Port of Bardia"),               # G* (Bardia town row)
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "border_lyeg": ("region", "LY", 31.45, 25.00, "Libya-Egypt border (Libyan side, near Emsaed)"),  # K
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
}

TRAPS = {
 "do1": ["الشروق", "المجلس الرئاسي الليبي", "غرفة عمليات المنطقة الغربية", "عماد الطرابلسي",
         "المجلس العسكري زوارة", "الجانب التونسي"],
 "do2": ["المتوسط", "العقيد علي النالوتي", "عماد الطرابلسي", "المجلس العسكري الزنتان", "مصدر أمني تونسي",
         "موقف متوازن"],
 "do3": ["الخبر", "الجيش الوطني الليبي", "صفحات ليبية", "وحدات جزائرية", "مسؤول عسكري ليبي"],
 "do4": ["عربي بوست", "الشرارة الأولى", "اللواء طارق بن زياد", "ما ادري"],
 "do5": ["اليوم السابع", "الحكومة الليبية", "الجانب المصري", "مساعد وزير الداخلية", "وكالة الأنباء الليبية",
         "مصدر أمني مصري", "مصرّة"],
}

PHEN = {
 "do1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "do2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "do3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "do4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "ambiguity_idri",
         "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "do5": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "town_vs_district",
         "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "do1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["معبر رأس جدير"], ["الزاوية", "زوارة"]),
  mv("withdraw", "conditional", "GNA forces", ["معبر رأس جدير"], ["طرابلس"]),
  mv("shipment", "planned", "GNA forces", [], ["رأس اجدير"]),
  mv("mobilise", "denied", None, [], ["زوارة"]),
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان", "الحدود مع ليبيا"]),
  mv("naval_landing", "conditional", "Tunisian army", ["صفاقس"], ["ميناء جرجيس"]),
 ],
 "do2": [
  mv("withdraw", "reported", "GNA forces", ["منفذ وازن"], ["نالوت"]),
  mv("redeploy", "reported", "GNA forces", [], ["غدامس"], ["درج"]),
  mv("deploy", "conditional", "GNA forces", ["الجميل"], ["منفذ وازن"]),
  mv("deploy", "denied", "Zintan forces", ["الزنتان"], ["وازن"]),
  mv("withdraw", "planned", "Tunisian army", ["الذهيبة"], ["تطاوين"]),
 ],
 "do3": [
  mv("airlift", "reported", "Algerian army", ["ورقلة"], ["مطار جانت"]),
  mv("deploy", "planned", "Algerian army", [], ["معبر تين ألكوم"]),
  mv("reinforce", "reported", "Libyan National Army", ["غات"], ["منفذ إيسين"]),
  mv("advance", "denied", "Algerian army", [], ["ايسين", "العوينات"]),
  mv("mobilise", "conditional", "Libyan National Army", [], ["العوينات"]),
 ],
 "do4": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["مطار الويغ"]),
  mv("advance", "reported", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("redeploy", "planned", "Libyan National Army", ["إدري"], ["مرزق"]),
  mv("reinforce", "conditional", "Libyan National Army", ["سبها"], ["القطرون"]),
  mv("shipment", "denied", None, ["النيجر"], ["أم الأرانب"], ["منفذ التوم"]),
 ],
 "do5": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
  mv("naval_landing", "reported", "Libyan National Army", ["قاعدة طبرق البحرية"], ["ميناء البردية", "امساعد"]),
  mv("withdraw", "planned", "Libyan National Army", ["منفذ امساعد"], ["طبرق"]),
  mv("advance", "denied", "Egyptian army", [], ["امساعد"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["الحدود مع مصر", "الجغبوب"]),
 ],
}

NOTES = {
 "do1": ("Tunisian daily (Ben Gardane): Presidential Council decree closes Ras Ajdir. GNU Interior force Tripoli→"
         "Ras Ajdir crossing via Zawiya and Zuwara (reported deploy); its return «ستنسحب من المعبر وتعود إلى طرابلس "
         "بمجرد إعادة فتحه» (conditional withdraw, المعبر resolved to the named crossing); armoured vehicles and "
         "scanners to رأس اجدير (planned shipment, spelling variant); Zuwara military council denies massing in Zuwara "
         "(denied mobilise, actor null); Tunisian army Medenine→Ben Gardane and the border (reported reinforce); marines "
         "by sea Sfax→Zarzis port «إذا تجاوز الإغلاق أسبوعاً» (conditional naval_landing). Mellitah is only a source of "
         "smuggled fuel; Ben Gardane dateline/traders and تونس العاصمة (speaker) are not movement places."),
 "do2": ("Libyan site (Nalut): Wazin reopened by ministry decision under a Presidential Council decree. The company "
         "«انسحبت ... من المنفذ إلى نالوت» (reported withdraw; headline retells it); part of it «أُعيد تمركزه في غدامس "
         "عبر درج» (reported redeploy, no origin written; «لدعم دوريات الحدود مع الجزائر» is a purpose); «ستعيد إغلاق "
         "المنفذ وتدفع بكتيبة ... من الجميل إلى منفذ وازن إذا عادت عمليات التهريب» (conditional closure and deploy); Zintan denies a column Zintan→Wazin "
         "(denied deploy); Tunisian units «المتمركزة في الذهيبة» (presence) «ستُسحب ... إلى تطاوين» (planned withdraw). "
         "Tripoli is only where a statement came from."),
 "do3": ("Algerian daily (Illizi): Algeria closes Tin Alkoum. Il-76s carry special forces Ouargla→Djanet airport "
         "(reported airlift); «على أن تتوجه هذه الوحدات ... إلى المعبر» (planned deploy, no origin written); LNA company "
         "Ghat→Isayen crossing (reported reinforce; headline retells it with the spelling ايسين); Algiers source denies "
         "units crossing «نحو ايسين والعوينات» (denied advance); LNA «ستحشد قوات إضافية في العوينات إذا طال الإغلاق» "
         "(conditional mobilise). Djanet (attack locator, traders), Bordj Omar Driss (earlier attack), Ubari (speaker) "
         "and Algeria as source of goods are not movement places."),
 "do4": ("Pan-Arab site (Sabha): Presidential Council decree reopens Al Tuwm; the LNA moves. Cargo planes Jufra air "
         "base→Al Wigh airport (reported airlift); a column Al Qatrun→«باتجاه المنفذ» (reported advance, resolved to "
         "منفذ التوم); a battalion Idri→Murzuq «ستنتقل خلال أيام» (planned redeploy; وادي الشاطئ is a locator); "
         "Sabha→Al Qatrun «إذا حاولت أي جهة» (conditional reinforce); arms shipment from Niger via Al Tuwm to Umm "
         "al-Aranib denied by the LNA (denied shipment, actor null). A trader's Agadez, the Sharara field and the "
         "Niger border (purpose) are not movement places."),
 "do5": ("Egyptian daily (Matruh): eastern government closes Emsaed for 72 hours. Egyptian army Marsa Matruh→Sallum "
         "(reported reinforce; headline retells it); LNA infantry landed at Bardia port from Tobruk naval base, then "
         "«تتجه براً إلى امساعد» (reported naval_landing, second destination); «ستُسحب من المنفذ إلى طبرق صباح "
         "الخميس» (planned withdraw); Egyptian source denies forces entering Emsaed (denied advance); LNA «ستنشر وحدات "
         "... على الحدود مع مصر وصولاً إلى الجغبوب إذا» (conditional deploy). Sallum land port (source), Cairo, "
         "Benghazi and Libya (stranded workers) are not movement places."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("do1", "do2", "do3", "do4", "do5")
