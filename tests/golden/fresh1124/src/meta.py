# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                               # G
 # Libya: Fezzan and the oil fields
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G (row حقل الشرارة; also written الشرارة)
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G (row حقل الفيل; also written الفيل)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا, written الجنوب الليبي)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 # Libya: the west and the coast
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "nalut_dist": ("district", "LY", 30.45393, 10.78371, "Nalut District"),               # G (row district:LY-NL, written شعبية نالوت)
 "western_mountain": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G (row منفذ رأس جدير; written رأس جدير, معبر رأس جدير, منفذ راس اجدير, معبر راس اجدير)
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G (row منفذ وازن; also written معبر الذهيبة وازن)
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libya side)"),  # G* (row الحدود الليبية التونسية, written الحدود مع تونس)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G (row ميناء مصراتة; also written ميناء قصر أحمد)
 "misrata_airbase": ("base", "LY", 32.32556, 15.05972, "Misrata Air College base"),     # G* (row مطار مصراتة, alias الكلية الجوية, written قاعدة الكلية الجوية)
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "bani_walid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                        # G
 # Tunisia
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "south_tunisia": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),              # G* (row جنوب تونس, written الجنوب التونسي)
 "border_tn_ly": ("region", "TN", 33.10, 11.40, "Tunisia-Libya border (Tunisia side)"),  # K
 # elsewhere
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
}

TRAPS = {
 "qqi1": ["عالم الطاقة", "شركة أكاكوس للعمليات النفطية", "شركة مليتة للنفط والغاز", "محمد الزنتاني",
          "النقابة العامة للنفط", "المؤسسة الوطنية للنفط", "اللواء طارق بن زياد", "اللواء 128 معزز",
          "المجلس العسكري الزنتان", "الشرارة الأولى", "أوروبية"],
 "qqi2": ["اتحاد عمال تونس", "الجامعة العامة للنقل", "سمير الطرابلسي", "الاتحاد العام التونسي للشغل",
          "حكومة الوحدة الوطنية", "التونسية", "الليبية", "الليبي"],
 "qqi3": ["الاتحاد الدولي لنقابات العمال العرب", "النقابة العامة للمعلمين", "مركز سبها الطبي", "نقابة أطباء ليبيا",
          "الكتيبة 116 مشاة", "القيادة العامة", "العربية"],
 "qqi4": ["إذاعة زليتن المحلية", "عبد السلام النالوتي", "القوة المشتركة مصراتة", "المجلس البلدي مصراتة",
          "الإدارة العامة للعمليات الأمنية", "حكومة الوحدة الوطنية", "التركية", "الليبية", "السنوات الخمس"],
 "qqi5": ["رواد الأعمال", "الغرفة التجارية الليبية التونسية المشتركة", "عبد الله الغدامسي", "المجلس البلدي نالوت", "الجانب التونسي", "الليبي",
          "حكومة الوحدة الوطنية", "وزارة الدفاع الوطني التونسية", "الليبية", "التونسية"],
}

PHEN = {
 "qqi1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "qqi2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qqi3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
          "coverage_bases", "countries"],
 "qqi4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qqi5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qqi1": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["حقل الشرارة"], ["أوباري"]),
  mv("deploy", "planned", "Libyan National Army", ["أوباري"], ["حقل الفيل"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["قاعدة تمنهنت"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["حقل الشرارة"]),
 ],
 "qqi2": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان", "منفذ راس اجدير"]),
  mv("deploy", "planned", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("advance", "conditional", "GNA forces", ["زوارة"], ["معبر رأس جدير"]),
  mv("withdraw", "denied", "Tunisian army", ["الحدود مع ليبيا"], ["مدنين"]),
 ],
 "qqi3": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["سبها"]),
  mv("deploy", "planned", "Libyan National Army", ["سبها"], ["أوباري"]),
  mv("advance", "conditional", "Libyan National Army", ["براك"], ["أوباري"]),
  mv("deploy", "denied", "Libyan National Army", ["سبها"], ["مرزق"]),
 ],
 "qqi4": [
  mv("deploy", "reported", "Misrata forces", ["قاعدة الكلية الجوية"], ["ميناء مصراتة"]),
  mv("withdraw", "conditional", "Misrata forces", ["ميناء قصر أحمد"], []),
  mv("mobilise", "reported", None, [], ["ميناء قصر أحمد"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["مصراتة"]),
  mv("shipment", "denied", "Turkish armed forces", ["مرسين"], ["ميناء مصراتة"]),
 ],
 "qqi5": [
  mv("deploy", "reported", "Zintan forces", ["الزنتان"], ["منفذ وازن"]),
  mv("redeploy", "planned", "GNA forces", ["غريان"], ["نالوت"]),
  mv("reinforce", "conditional", "Tunisian army", ["رمادة"], ["الذهيبة"]),
  mv("advance", "denied", None, ["نالوت"], ["الحدود مع تونس"]),
 ],
}

NOTES = {
 "qqi1": "Egyptian energy-news site (Alam Al-Taqa) from Tripoli on oil workers closing the valves at Sharara and El "
         "Feel (headline «حقلي الشرارة والفيل»: both surfaces are the fields; الفيل is also 'the elephant'): an LNA "
         "Tariq bin Ziyad force Sabha→Sharara field (reported), a planned 128th Brigade company Ubari→El Feel field, a "
         "conditional LNA airlift Jufra air base→Tamanhint base («إذا تعرضت المنشآت») and a denied Zintan column "
         "Zintan→Sharara; workers' buses Ubari↔field, the families' march in Ubari, a union delegation's commercial "
         "flight Mitiga→Sabha airport, crude flows to Zawiya refinery, Mellitah and Italy, Tripoli/Benghazi trading "
         "blame and the fuel crisis in Southern Libya are not movements; company names hold Akakus and Mellitah, a "
         "person name and the Zintan military council hold الزنتان.",
 "qqi2": "Tunisian trade-union site (UTT, «اتحاد عمال تونس», holds تونس) from Ben Gardane on truck drivers blocking "
         "Ras Ajdir and Dehiba-Wazin: Tunisian army reinforcements Medenine→Ben Gardane and the Ras Ajdir crossing "
         "(written منفذ راس اجدير), a planned unit Tataouine→Dehiba, a conditional GNU interior-ministry advance "
         "Zuwara→Ras Ajdir crossing («لن تتقدم ... إلا إذا») and a denied Tunisian pull-out from the border with "
         "Libya (Tunisia side) towards Medenine; the drivers' parked trucks, their march in Ben Gardane, trucks "
         "seized in Zuwara, a driver from Sfax, Tunis (capital) and Tripoli (metonymy) are not movements; the "
         "driver's name الطرابلسي holds طرابلس.",
 "qqi3": "Arab trade-union confederation site (ICATU) from Damascus on teachers' and doctors' strikes in Sabha, "
         "Ubari, Murzuq, Wadi al-Shati and Ghat: the LNA 116th Battalion deployed Tamanhint base→Sabha hospitals "
         "(reported), a planned company Sabha→Ubari, a conditional LNA entry Brak→Ubari («إذا لم يُفكّ الاعتصام») "
         "and a denied dispatch Sabha→Murzuq to break the sit-in; patients taken by ambulance Ubari→Sabha, a "
         "teachers' delegation to Tripoli, exam papers arriving at Sabha airport, Benghazi (venue of the denial) and "
         "Damascus (dateline, seat) are not movements; «مركز سبها الطبي» and «نقابة أطباء ليبيا» hold places.",
 "qqi4": "Libyan local radio site (Zliten Local Radio, «إذاعة زليتن المحلية», holds زليتن) from Misrata on the "
         "port workers' sit-in: Joint Force Misrata units Air College base→Misrata port (reported), their "
         "conditional pull-out from the port (written ميناء قصر أحمد, «لن تنسحب ... إلا بعد»), a planned GNU "
         "interior-ministry company Tripoli→Misrata and a denied Turkish navy ammunition shipment Mersin→Misrata "
         "port; diverted merchant ships to Khoms and Tripoli ports, container ships from Malta, idle goods trucks "
         "Qasr Ahmed→Zliten/Bani Walid and the workers' march are not movements.",
 "qqi5": "Saudi business monthly (Rowad Al-Aamal, «رواد الأعمال») from Tripoli on the trade cost of the truck "
         "drivers' blockade of Wazin and Ras Ajdir: a Zintan force Zintan→Wazin crossing (reported), a planned GNU "
         "battalion Gharyan→Nalut (redeploy), a conditional Tunisian reinforcement Remada→Dehiba («إذا تواصل "
         "الغلق») and a denied advance of armed groups Nalut→the border with Tunisia (Libya side, actor null); "
         "goods trucks from Sfax and Gabes, fuel tankers Zawiya→Ghadames, business delegations Ghadames→Tripoli and "
         "a proposed Sfax–Tripoli port sea link are not movements; «عبد الله الغدامسي» holds غدامس and «المجلس "
         "البلدي نالوت» holds نالوت.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qqi1", "qqi2", "qqi3", "qqi4", "qqi5")
