# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "qatar": ("country", "QA", 25.36383, 51.13780, "Qatar"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 # the triangle and its roads
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "bw_mun": ("district", "LY", 31.74554, 13.98354, "Bani Walid municipality"),           # G* (town row)
 "bw_airport": ("airport", "LY", 31.73920, 13.95400, "Bani Walid Airport"),             # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "tarhuna_mun": ("district", "LY", 32.43501, 13.63320, "Tarhuna municipality"),         # G* (town row)
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                           # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "murqub": ("district", "LY", 32.35451, 14.01966, "Al Murqub"),                         # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "air_college": ("base", "LY", 32.32556, 15.05972, "Misrata Air College"),              # G* (row مطار مصراتة)
 # elsewhere in Libya
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "mizdah": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),       # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra": ("district", "LY", 29.12, 15.95, "Al Jufra"),                                 # K (point near Hun, README rule)
 "tripolitania": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),  # G* (row إقليم طرابلس)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 # abroad
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "border_tn_side": ("region", "TN", 33.08, 11.40, "Tunisia-Libya border (Tunisian side)"),  # K
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                  # G
 "tabbaneh": ("district", "LB", 34.44300, 35.84000, "Bab al-Tabbaneh"),                 # G* (row kind town)
 "jabalmohsen": ("district", "LB", 34.44400, 35.84600, "Jabal Mohsen"),                  # G* (row kind town)
}

TRAPS = {
 "qgw1": ["بوابة إفريقيا الإخبارية", "ورفلة", "مصراتي", "الزليتني", "الجيش الوطني الليبي", "إدريس الورفلي",
          "الزاوية الأسمرية"],
 "qgw2": ["مصراتية", "الجريدة", "الأيام الخمسة", "القوة المشتركة مصراتة", "الجيش الوطني الليبي", "بركان الغضب",
          "اللواء التاسع ترهونة", "اللبنانية"],
 "qgw3": ["قنا", "الليبيتين", "وكالة الأنباء القطرية", "المصراتية", "عمر الزنتاني", "ورفلة", "ليبيا الحدث"],
 "qgw4": ["تونسيين", "جوهرة أف أم", "ورفلة", "الروسية", "السفارة التونسية"],
 "qgw5": ["الأيام", "وكالة الأناضول", "تركية", "أتراك", "إدريس بن عمران"],
}

PHEN = {
 "qgw1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_neighbours", "countries"],
 "qgw2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "town_vs_district", "coverage_bases", "coverage_crossings"],
 "qgw3": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
          "coverage_oil", "coverage_neighbours", "countries"],
 "qgw4": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_country_capital", "vague_area",
          "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qgw5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri",
          "coverage_bases", "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qgw1": [
  mv("deploy", "reported", "Misrata forces", ["مصراته"], ["زليتن"], ["الدافنية"]),
  mv("advance", "conditional", "Misrata forces", ["زليتن"], ["بني وليد"]),
  mv("airlift", "denied", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["مطار بني وليد"]),
  mv("redeploy", "planned", "GNA forces", ["ترهونة"], ["زليتن"]),
  mv("shipment", "reported", "Misrata forces", ["مصراتة"], ["زليتن"]),
 ],
 "qgw2": [
  mv("deploy", "reported", "Misrata forces", ["مصراتة"], ["ترهونة"], ["الخمس", "مسلاته"]),
  mv("naval_landing", "reported", "Misrata forces", ["ميناء مصراتة"], ["ميناء الخمس"]),
  mv("withdraw", "conditional", "Misrata forces", ["ترهونة"], ["مصراتة"]),
  mv("withdraw", "planned", "GNA forces", ["ترهونة"], ["طرابلس"]),
  mv("advance", "denied", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["ترهونة"]),
 ],
 "qgw3": [
  mv("reinforce", "reported", "GNA forces", ["طرابلس"], ["ترهونة"]),
  mv("withdraw", "planned", "Misrata forces", ["بني وليد"], ["مصراتة"]),
  mv("deploy", "conditional", "Zintan forces", ["الزنتان"], ["مطار بني وليد"], ["مزدة"]),
  mv("mobilise", "reported", "Zintan forces", [], ["الزنتان"]),
  mv("redeploy", "denied", "Syrian mercenaries", ["طرابلس"], ["ترهونة"]),
 ],
 "qgw4": [
  mv("airlift", "reported", "Russian forces", ["مطار بني وليد"], ["قاعدة الجفرة الجوية"]),
  mv("withdraw", "planned", "Russian forces", ["مطار بني وليد"], ["الجفرة"], ["الشويرف"]),
  mv("deploy", "conditional", "GNA forces", ["ترهونة"], ["مطار بنى وليد"]),
  mv("reinforce", "denied", "Sudanese armed groups", ["الشويرف"], ["بني وليد"]),
 ],
 "qgw5": [
  mv("mobilise", "reported", "Misrata forces", [], ["الدافنية"]),
  mv("advance", "conditional", "Misrata forces", ["الدافنية"], ["ترهونه"]),
  mv("shipment", "denied", "Misrata forces", ["مرفأ طرابلس"], ["ميناء مصراتة"]),
  mv("naval_landing", "planned", "Turkish armed forces", ["مرسين"], ["ميناء مصراتة"]),
 ],
}

NOTES = {
 "qgw1": "Kidnapping on the Zliten–Bani Walid road: a Misrata column Misrata (written مصراته)→Zliten via Dafniya "
         "('كتائب مصراتة' and 'أبناء مصراتة', occurrences 1 and 2, are identity, not movement places); six ammunition "
         "and fuel trucks Misrata (occurrence 3)→Zliten; the column's conditional advance Zliten→Bani Walid; the Warfalla council's denial of an LNA cargo plane Jufra air base→Bani Walid "
         "airport; a planned 444 Brigade company Tarhuna→Zliten's southern gate. Tripoli (speaker), the Zliten shrine "
         "(trap), the municipality, Western Libya and the Niger border are not movement places.",
 "qgw2": "A Misrata force Misrata→Tarhuna via Al-Khums and Msallata (written مسلاته); its conditional return "
         "Tarhuna→Misrata (بمجرد); the 444 Brigade's planned pull-back of two companies Tarhuna→Tripoli; the LNA "
         "denies moving Kaniyat fighters Jufra air base→Tarhuna's outskirts. Cairo is dateline and speaker; 2020 "
         "background (Volcano of Rage, 'the Ninth Brigade Tarhuna') adds no movement; Zliten and Bani Walid are "
         "only mediators' towns.",
 "qgw3": "QNA wire on a Misrata–Bani Walid reconciliation signed in Tarhuna: a 444 Brigade force Tripoli→Tarhuna "
         "to reinforce the units there; the charter's planned withdrawal of Misratan brigades from around Bani "
         "Walid to Misrata; a neutral Zintan force to secure Bani Walid airport via Mizdah if the Warfalla council "
         "ratifies; the GNA denies moving Syrian mercenaries Tripoli→Tarhuna. Tunis (city, talks venue), Qatar and "
         "Tunisia (countries, statements), Libya, the signatories' towns and the fuel supply to Bani Walid from the "
         "Zawiya refinery (civilian) are not movement places; the Zintan force's gathering in Zintan is a reported "
         "mobilise.",
 "qgw4": "Tunisian radio: two Russian Il-76s Bani Walid airport→Jufra air base; the last Russian batch planned "
         "overland from the airport via Ash-Shwayrif to Al-Jufra (Southern Libya only context); the 444 Brigade "
         "in Tarhuna will not enter Bani Walid airport (written بنى وليد) unless invited (conditional); the council "
         "denies Sudanese gunmen came Shwayrif→Bani Walid. Tunisian workers hurt on the Tarhuna–Bani Walid road "
         "and their return via Ras Ajdir are civilian, not movements; Tunis is the dateline.",
 "qgw5": "Misrata brigades mass 70 vehicles at Dafniya after an ambush on the Khoms–Tarhuna road (a locator, not a "
         "movement place); they will not move Dafniya→Tarhuna (written ترهونه) unless the culprits are handed over; "
         "Misrata port denies a munitions shipment from the port of Tripoli in Lebanon (مرفأ طرابلس, LB) for the "
         "brigades; a Turkish landing ship is planned Mersin→Misrata port. Turkish trainers at the air college are "
         "a standing presence, not a movement; Tripoli (Libya) is a source's city.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qgw1", "qgw2", "qgw3", "qgw4", "qgw5")
