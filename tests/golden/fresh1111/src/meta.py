# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another spelling or label (listed in the README).
P = {
 # countries and foreign cities
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                                # G (row تركيا)
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                     # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                   # G
 "izmir": ("city", "TR", 38.41273, 27.13838, "Izmir"),                                     # G
 "cigli": ("base", "TR", 38.51300, 27.01010, "Cigli Air Base"),                            # G
 # Sirte and the coastal road
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                     # G
 "sirte_dist": ("district", "LY", 29.87703, 17.59600, "Sirte District"),                   # G (district:LY-SR)
 "port_sirte": ("crossing", "LY", 31.21500, 16.58500, "Port of Sirte"),                    # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                      # G
 "gate50": ("base", "LY", 31.28000, 16.07000, "Gate 50 checkpoint"),                       # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                                # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                    # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                            # G
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                   # G
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                   # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                   # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "yarmouk": ("base", "LY", 32.88743, 13.18733, "Yarmouk Camp (Tripoli)"),                  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                       # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                   # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                          # G
 # Al-Jufra and the south
 "jufra": ("district", "LY", 29.13, 16.05, "Al Jufra"),                                    # K (README: area point near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                    # G (also written قاعدة الجفرة)
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                         # G
 "sukna": ("town", "LY", 29.06941, 15.78266, "Sukna"),                                     # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                           # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                       # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                         # G (also written قاعدة براك)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                    # G* (row قاعدة تمنهنت, written تمنهنط)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                     # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                     # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                   # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G
}

TRAPS = {
 "qpv1": ["جي بي سي نيوز", "كتائب مصراتية", "الكتائب المصراتية", "اللجنة العسكرية المشتركة",
          "القوة العسكرية المشتركة", "ليبية", "السرتاوي", "أسرته"],
 "qpv2": ["السلطة", "قناة القاهرة الإخبارية", "اللجنة الوطنية المصرية", "المصري", "مصرية", "الليبية", "ليبي",
          "اللجنة العسكرية المشتركة", "اتفاق جنيف"],
 "qpv3": ["البعثة الأممية", "بعثة الأمم المتحدة للدعم في ليبيا", "صوت الأمم", "اللجنة العسكرية المشتركة",
          "حكومة الوحدة الوطنية", "الفيلق الأفريقي الروسي"],
 "qpv4": ["وكالة أنباء تركيا", "حكومة الوحدة الوطنية", "وزارة الدفاع التركية", "سفينة تركية", "الأتراك",
          "الكتائب المصراتية", "الليبيين", "السنوات الخمس", "عملية بركان الغضب"],
 "qpv5": ["الجيش الليبي", "الإمارات نيوز", "اللواء طارق بن زياد", "الجيش الوطني الليبي", "غرفة عمليات سرت الكبرى",
          "الليبية", "حكومة الوفاق"],
}

PHEN = {
 "qpv1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "coverage_bases", "countries"],
 "qpv2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qpv3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "vague_area", "coverage_bases"],
 "qpv4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "coverage_bases",
          "coverage_crossings", "countries"],
 "qpv5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "town_vs_district",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qpv1": [
  mv("withdraw", "reported", "Misrata forces", ["الوشكة", "بويرات الحسون"], ["مصراتة"]),
  mv("deploy", "reported", None, ["سرت"], ["الوشكة", "بويرات الحسون"]),
  mv("redeploy", "planned", "Libyan National Army", ["هراوة"], ["قاعدة القرضابية"]),
  mv("withdraw", "conditional", "Misrata forces", ["أبوقرين"], []),
  mv("reinforce", "denied", "Libyan National Army", ["الجفرة"], ["سرت"]),
 ],
 "qpv2": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["قاعدة الجفرة الجوية"]),
  mv("redeploy", "planned", "GNA forces", ["طرابلس"], ["قاعدة الجفرة الجوية"], ["الشويرف", "سوكنة"]),
  mv("withdraw", "reported", "Zintan forces", ["قاعدة الوطية"], ["الزنتان"]),
  mv("deploy", "conditional", "Egyptian army", [], ["ليبيا"]),
  mv("deploy", "denied", "Egyptian army", [], ["قاعدة الجفرة", "هون"]),
 ],
 "qpv3": [
  mv("withdraw", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["سبها"]),
  mv("deploy", "reported", None, [], ["قاعدة براك الجوية"]),
  mv("airlift", "planned", None, ["قاعدة الجفرة الجوية"], ["قاعدة تمنهنط"]),
  mv("withdraw", "conditional", "GNA forces", ["الشويرف"], []),
  mv("redeploy", "denied", "Russian forces", ["براك"], ["قاعدة الجفرة"]),
 ],
 "qpv4": [
  mv("airlift", "reported", "GNA forces", ["قاعدة تشيغلي الجوية"], ["مطار مصراتة"]),
  mv("redeploy", "planned", "GNA forces", ["مصراتة"], ["قاعدة القرضابية"]),
  mv("shipment", "reported", None, [], ["ميناء الخمس"]),
  mv("deploy", "denied", "Turkish armed forces", [], ["سرت"]),
  mv("deploy", "conditional", "Turkish armed forces", ["قاعدة الوطية"], ["قاعدة القرضابية"]),
  mv("withdraw", "reported", "Misrata forces", ["معسكر اليرموك"], ["مصراتة"]),
 ],
 "qpv5": [
  mv("naval_landing", "reported", None, ["مصراته"], ["ميناء سرت"]),
  mv("withdraw", "reported", "Libyan National Army", ["ميناء سرت"], ["بنغازي"]),
  mv("redeploy", "planned", "Libyan National Army", ["سرت"], ["قاعدة الجفرة الجوية"]),
  mv("withdraw", "conditional", "Libyan National Army", ["الجفرة"], []),
  mv("mobilise", "denied", "Libyan National Army", [], ["زلة", "هراوة"]),
 ],
}

NOTES = {
 "qpv1": "Jordanian news site (JBC News) on the 5+5 committee's first «return to barracks» phase west of Sirte: three "
         "Misrata brigades withdraw from Al-Washka and Buwairat al-Hassoun to Misrata while a joint-force unit from "
         "Sirte takes over the same positions (handover in one sentence; joint force = null), a planned LNA battalion "
         "Harawa→Gardabya base, a conditional Misrata withdrawal from Abu Qurayn (Sirte only inside the condition) and "
         "a denied LNA column Al-Jufra→Sirte; monitors at Gate 50, the reopened coastal road, lorries to Benghazi, the "
         "2020 front line Sirte–Jufra, «السرتاوي» and «أسرته» (hold سرت) are not movements.",
 "qpv2": "Egyptian news site (Al-Solta) on the Cairo round of army-unification talks: an LNA company flown Benina air "
         "base→Al-Jufra air base, a planned GNU battalion Tripoli→Al-Jufra air base via Ash Shwayrif and Sukna, Zintan "
         "fighters leaving Al-Watiya base for Zintan after its handover, Cairo's conditional dispatch of military "
         "trainers to Libya and the denied transfer of Egyptian forces to Al-Jufra base/near Hun; the delegations' "
         "flights to Cairo (from Misrata airport and Benghazi), the next meeting in Sirte and the 2019 fighting south "
         "of Tripoli are not movements; «قناة القاهرة الإخبارية» holds القاهرة.",
 "qpv3": "Egyptian news site (Sout Al-Omam) quoting a UNSMIL statement: an LNA battalion leaves Brak air base for Sabha "
         "and a joint force enters the base the same day, a planned joint company flown Al-Jufra air base→Tamanhint "
         "base (written تمنهنط), the GNU side's conditional withdrawal from Ash Shwayrif (Brak only in the "
         "condition) and the denied Africa Corps move Brak→Al-Jufra base; unarmed UN monitors for Al-Jufra, the "
         "Sabha–Ubari road for fuel lorries, Murzuq/Ubari notables and the Sirte meeting venue are not movements; "
         "«بعثة الأمم المتحدة للدعم في ليبيا» holds ليبيا.",
 "qpv4": "Turkish agency in Arabic (Turkey News Agency) from Ankara: GNU trainees flown Cigli air base (Izmir)→Misrata "
         "airport, their planned move Misrata→Gardabya base, an unnamed Turkish ship with mine-clearing gear at Khoms "
         "port (shipment, actor null), Ankara's denial of Turkish soldiers sent to Sirte, a conditional move of "
         "Turkish trainers Al-Watiya base→Gardabya base, and the last Misrata brigades leaving Yarmouk camp for "
         "Misrata; the trainers' standing presence at Al-Watiya and Khoms port, the 2020 defence of Tripoli and "
         "«السنوات الخمس» (holds الخمس) are not movements; «وكالة أنباء تركيا» holds تركيا.",
 "qpv5": "Emirati news site (Emarat News) on the LNA handing over Sirte port: a joint naval unit arriving by boat from "
         "Misrata (written مصراته) while the LNA's Tariq bin Ziyad units withdraw to Benghazi (one sentence), a planned armoured "
         "battalion Sirte→Al-Jufra air base, the LNA's conditional withdrawal from Al-Jufra and its denied massing in "
         "Zillah and Harawa; cargo ships from Egypt and Turkey, the UAE's welcome, the Sirte municipality (district) "
         "and the LNA's 2020 capture of Sirte are not movements; «الإمارات نيوز» holds الإمارات and «غرفة عمليات "
         "سرت الكبرى» holds سرت.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qpv1", "qpv2", "qpv3", "qpv4", "qpv5")
