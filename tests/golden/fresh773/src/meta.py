# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "jordan": ("country", "JO", 31.26963, 36.29991, "Jordan"),                             # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G (qcu4) / G* as قاعدة الجفرة (qcu2)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (qcu5) / G* as قاعدة تمنهنط (qcu4)
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 # qcu1 Warshefana (Al-Quds Al-Arabi)
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Maya"),                                 # G
 "maya_mun": ("district", "LY", 32.80194, 12.87917, "Al Maya municipality"),            # G* (town row)
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "warshefana": ("region", "LY", 32.51012, 13.02794, "Warshefana"),                      # G* (row الجفارة, names include ورشفانة)
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "jafara": ("district", "LY", 32.51012, 13.02794, "Al Jafara"),                         # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 33.05, 11.70, "Libya-Tunisia border (Libyan side, coast)"),  # K
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                     # G* (row بئر الغنم, written بير الغنم)
 "zahra": ("town", "LY", 32.67889, 12.87327, "Az Zahra"),                               # G
 "swani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                              # G
 "westregion": ("region", "LY", 30.79644, 14.18653, "Western region (Tripolitania)"),  # G* (row إقليم طرابلس)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # qcu2 Tarhuna (Ammon News)
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "tip_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),  # G
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                        # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 # qcu3 Bani Walid (Al-Jarida)
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "bw_airport": ("airport", "LY", 31.73920, 13.95400, "Bani Walid Airport"),             # G
 "jabal": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),      # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 # qcu4 Sabha (Akhbar Al-Khaleej)
 "tayouri": ("district", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),               # G* (row kind town)
 "qurda": ("district", "LY", 27.03766, 14.42832, "Al Qurda (Sabha)"),                   # G* (row kind town)
 "manshiya": ("district", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),             # G* (row kind town)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "sabha_dist": ("district", "LY", 27.03149, 15.06865, "Sabha district"),                # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # qcu5 the Sabha-Murzuq road (Sada El Balad)
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "jufra_dist": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                      # G* (row هون: the README puts الجفرة as an area near Hun)
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G* (row منفذ التوم, written منفذ التوم)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
}

TRAPS = {
 "qcu1": ["الكتائب الزنتانية", "القدس العربي", "المجلس الاجتماعي لقبائل ورشفانة", "الأيام الخمس", "علي السواني",
          "اللبنانية"],
 "qcu2": ["عمون", "جهاز دعم الاستقرار", "الكتائب المصراتية", "سالم الترهوني", "القيادة العامة للجيش الوطني الليبي",
          "الجولات الخمس", "ميليشيا الكانيات", "الأردني"],
 "qcu3": ["الجريدة", "اللواء 444 قتال", "المجلس الاجتماعي لقبائل ورفلة", "عمر الزنتاني", "كتيبة شهداء تاورغاء",
          "القيادة العامة للجيش الوطني الليبي", "قبيلة ورفلة"],
 "qcu4": ["أولاد سليمان", "أخبار الخليج", "الجيش الوطني الليبي", "عمر الإدريسي", "اللواء 116 مشاة",
          "الاتفاق الجديد", "تشاديين", "مسعود السبهاوي"],
 "qcu5": ["الجيش الليبي", "صدى البلد", "مالي", "محمد الإدريسي", "تشادية"],
}

PHEN = {
 "qcu1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qcu2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "coverage_bases", "coverage_crossings",
          "countries"],
 "qcu3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "countries"],
 "qcu4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases"],
 "qcu5": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qcu1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الماية"], ["جنزور"]),
  mv("withdraw", "planned", "Zintan forces", ["العزيزية"], ["الزنتان"]),
  mv("naval_landing", "planned", "GNA forces", ["ميناء طرابلس"], ["مصفاة الزاوية"]),
  mv("reinforce", "conditional", "GNA forces", ["قاعدة الوطية"], ["بير الغنم"]),
  mv("mobilise", "denied", "Zintan forces", [], ["السواني"]),
 ],
 "qcu2": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["ترهونة"], ["قصر بن غشير"]),
  mv("naval_landing", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء الخمس"]),
  mv("withdraw", "planned", "Misrata forces", ["ترهونة"], ["مصراته"], ["مسلاتة", "الخمس"]),
  mv("withdraw", "conditional", "GNA forces", ["ترهونة"], ["طرابلس"]),
  mv("shipment", "denied", "Libyan National Army", ["قاعدة الجفرة"], ["ترهونة"], ["بني وليد"]),
 ],
 "qcu3": [
  mv("withdraw", "reported", "GNA forces", ["مطار بني وليد"], ["مزدة"]),
  mv("redeploy", "planned", "GNA forces", ["مزدة"], ["طرابلس"]),
  mv("deploy", "planned", "Zintan forces", ["الزنتان"], ["مطار بني وليد"], ["مزدة"]),
  mv("advance", "conditional", "Misrata forces", ["تاورغاء"], ["بني وليد"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["الشويرف"]),
 ],
 "qcu4": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["الطيوري", "القرضة"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["مطار سبها"]),
  mv("withdraw", "planned", "Libyan National Army", ["المنشية"], ["قاعدة تمنهنط"]),
  mv("redeploy", "conditional", None, [], ["الطيوري"]),
  mv("reinforce", "denied", "Chadian armed groups", ["أم الأرانب"], ["سبها"]),
 ],
 "qcu5": [
  mv("withdraw", "reported", "Libyan National Army", ["غدوة"], ["سبها"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة تمنهنت"], ["حقل الفيل"]),
  mv("advance", "conditional", None, ["تراغن"], ["غدوة"]),
  mv("shipment", "denied", "Chadian armed groups", ["الحدود مع النيجر"], ["القطرون"], ["منفذ التوم"]),
 ],
}

NOTES = {
 "qcu1": "Warshefana truce: a GNA separation force Tripoli→Al-Maya via Janzour; as terms of the deal the Zintani "
         "brigades leave their camp in Al-Aziziyah (handed to the Jafara security directorate) for Zintan, and marines "
         "are to sail from Tripoli port to the Zawiya refinery quay (the refinery's first mention is only where work "
         "stopped); a conditional battalion Al-Watiya base→Bir al-Ghanam if the truce is breached; Zintan denies "
         "massing 20 vehicles in Al-Swani. Ras Ajdir, the Tunisian border, Al-Zahra (displaced families), the "
         "Jafara directorate and Tripoli (Lebanon) are not movement places.",
 "qcu2": "Tarhuna truce: a GNA separation company Tripoli→Tarhuna via Qasr Bin Ghashir, after a navy ship landed 120 "
         "men at Khoms port from Abu Sitta naval base; Misrata brigades to leave Tarhuna for Misrata via Msallata and "
         "Al-Khums within a week (handover of their posts to the Tarhuna security directorate); the GNA company to "
         "return to Tripoli once the gates are handed over (بمجرد = conditional); the LNA denies an arms shipment "
         "Jufra base→Tarhuna via Bani Walid. Mediators' towns, the clash sites (airport, Qasr Bin Ghashir first "
         "mention) and Amman are not movement places.",
 "qcu3": "Bani Walid truce: the GNA's 444 Brigade pulled back from around Bani Walid airport to Mizdah and is to move "
         "on to its Tripoli bases; a Zintan company is to reach the airport via Mizdah to take it over; Misrata "
         "brigades in Tawergha will advance on Bani Walid only if convoys are attacked; the LNA denies massing units "
         "in Ash-Shwayrif. Cairo (dateline), the Jabal al-Gharbi locator, the mediators' towns and Kuwait are not "
         "movement places.",
 "qcu4": "Sabha truce between Awlad Suleiman and Tebu: LNA units from Brak air base deployed in Al-Tayouri and "
         "Al-Qurda; a military cargo plane flew 60 military police Jufra air base→Sabha airport; the 116th Brigade to "
         "leave Al-Manshiya for Tamanhint base within 48 hours; Tebu fighters will return to Al-Tayouri only if the "
         "other side breaks the deal (actor null); the Tebu council denies 30 vehicles of Chadian fighters "
         "Umm al-Aranib→Sabha. Wadi al-Shati (mediators), the Sabha district and southern Libya are not movement "
         "places.",
 "qcu5": "Ghuddwa truce on the Sabha-Murzuq road: the LNA pulled a battalion Ghuddwa→Sabha; two transport planes are "
         "to fly a company Tamanhint base→the El Feel field airstrip; Tebu fighters near Traghen will advance on "
         "Ghuddwa only if the army is late in taking the field gate (actor null); a Tebu leader denies an arms "
         "shipment for Chadian armed groups from the Niger border via the Toummo crossing toward Al-Qatrun. Murzuq, "
         "Idri, Al-Jufra (mediators), Chad, Sudan, Fezzan and Cairo are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qcu1", "qcu2", "qcu3", "qcu4", "qcu5")
