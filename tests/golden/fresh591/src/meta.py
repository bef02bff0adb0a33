# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 # the Misrata–Sirte coast
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_port": ("crossing", "LY", 32.362, 15.212, "Port of Misrata (Qasr Ahmed)"),    # K
 "air_academy": ("base", "LY", 32.32556, 15.05972, "Misrata Air Force Academy"),        # G* (row مطار مصراتة)
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                           # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "tawergha_mun": ("district", "LY", 31.97083, 15.05250, "Tawergha municipality"),       # G* (town row)
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                            # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 "qardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 # Jufra and the south
 "jufra": ("district", "LY", 29.14, 16.04, "Al Jufra"),                                 # K (point between Hun and Waddan)
 "jufra_ab": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "hun_mun": ("district", "LY", 29.12684, 15.94772, "Hun municipality"),                 # G* (town row)
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # the west and abroad
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
}

TRAPS = {
 "vu1": ["مصراتية", "الزليتني", "وكالة السحابة الليبية للأنباء", "غرفة عمليات تحرير سرت والجفرة", "قد سرت",
         "الفيلق الأفريقي"],
 "vu2": ["قورينا", "ليبيا الأحرار", "مفتاح السرتاوي", "المصراتية", "الفيلق الأفريقي", "مجمع واغادوغو"],
 "vu3": ["ليبيا برس", "تركية", "قوة حماية طرابلس"],
 "vu4": ["قناة مصراتة", "أبو إدريس", "المصراتية", "غرفة عمليات المنطقة الوسطى", "الكرامة", "شارع طرابلس"],
 "vu5": ["الفيلق الأفريقي", "بوابة المنارة للإعلام", "سودانياً", "طارق بن زياد", "إدريس الشاطي", "المصراتية",
         "الدعم المالي"],
}

PHEN = {
 "vu1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "vu2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
 "vu3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "vu4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_idri", "town_vs_district", "coverage_bases", "coverage_crossings"],
 "vu5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "vu1": [
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["أبوقرين"], ["تاورغاء", "الهيشة"]),
  mv("advance", "planned", "Misrata forces", ["أبوقرين"], ["الوشكة"]),
  mv("advance", "conditional", "Misrata forces", [], ["بويرات الحسون"]),
  mv("redeploy", "reported", "Misrata forces", ["الدافنية"], ["الهيشة"]),
  mv("airlift", "denied", "Syrian mercenaries", [], ["الكلية الجوية"]),
 ],
 "vu2": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["قاعدة القرضابية"], ["ودان"]),
  mv("mobilise", "reported", "Misrata forces", [], ["ابوقرين"]),
  mv("redeploy", "planned", "Libyan National Army", ["سرت"], ["بويرات الحسون"]),
  mv("withdraw", "conditional", "Russian forces", ["القرضابية"], ["الجفرة"]),
  mv("naval_landing", "denied", "Misrata forces", [], ["هراوة"]),
 ],
 "vu3": [
  mv("shipment", "reported", "Turkish armed forces", ["مرسين"], ["ميناء مصراتة"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["أبو قرين"], ["مصراتة"]),
  mv("redeploy", "conditional", "Turkish armed forces", ["قاعدة الوطية"], ["الكلية الجوية"]),
  mv("shipment", "denied", "Misrata forces", ["مرفأ طرابلس"], ["ميناء قصر أحمد"]),
 ],
 "vu4": [
  mv("deploy", "reported", "Misrata forces", ["مصراته"], ["تاورغاء"]),
  mv("mobilise", "reported", "Misrata forces", [], ["الكلية الجوية"]),
  mv("naval_landing", "planned", "Misrata forces", ["ميناء مصراتة"], ["بويرات الحسون"]),
  mv("shipment", "conditional", "Misrata forces", ["الكلية الجوية"], ["أبوقرين"]),
  mv("withdraw", "denied", "Misrata forces", ["الهيشة"], ["تاورغاء"]),
 ],
 "vu5": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["قاعدة الجفرة الجوية"]),
  mv("deploy", "reported", "Sudanese armed groups", ["الكفرة"], ["سوكنة"]),
  mv("redeploy", "planned", "Libyan National Army", ["إدري"], ["ودان"]),
  mv("advance", "conditional", "Libyan National Army", ["الجفرة"], ["سرت"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["مالي"]),
 ],
}

NOTES = {
 "vu1": "Cloud News Agency from Misrata: Brigade 166 (Misrata forces) Misrata→Abu Qurayn via Tawergha and Al-Hisha; "
        "the commander 'al-Zliteni' (person trap holding Zliten) announces a planned advance Abu Qurayn→Al-Washka and a "
        "conditional one to Buwairat al-Hassoun; the Halbous battalion moves a battery Dafniya→Al-Hisha (Zliten and "
        "Misrata only locate Dafniya); a denied landing of Syrian fighters at the Air Academy (Misrata only its locator; "
        "Tunisia only where the wounded were flown, not armed forces). 'قد سرت' is the verb 'spread', not Sirte; Sirte "
        "(100 km), Es Sider and Ras Lanuf are references only.",
 "vu2": "Quryna from Sirte: LNA Brigade 128 reinforcements Jufra air base→Gardabya base via Waddan; LNA surveillance "
        "reports Misrata brigades massing in Abu Qurayn (spelt ابوقرين); a planned armoured company Sirte→Buwairat "
        "al-Hassoun ('80 km west'); the Russian Africa Corps will not leave Gardabya for Jufra unless mercenaries leave "
        "both sides (conditional); the LNA denies a Misratan naval landing near Harawa. Tunis is only the venue of the "
        "5+5 meeting, the Ouagadougou hall a trap, Sirte municipality the district beside the city.",
 "vu3": "Libya Press from Tripoli: a Turkish shipment of 30 Kirpi vehicles Mersin→Misrata port; Battalion 301 (GNA) "
        "planned Tripoli→Abu Qurayn via Misrata; a conditional Turkish air-defence battery Al-Watiya→the Air Academy "
        "(the Tunisian border only locates Al-Watiya, Abu Qurayn in the condition only); a denied ammunition ship from "
        "the port of Tripoli in northern Lebanon to Qasr Ahmed port (Misrata's port under another name). Tripoli is both "
        "the Libyan capital and the Lebanese port; 'قوة حماية طرابلس' is a force name.",
 "vu4": "Misrata TV from Tawergha: a Mahjoub battalion force Misrata (spelt مصراته)→Tawergha (Bani Walid only a road "
        "end); Misratan vehicles massing at the Air Academy; a planned boat landing by the Misrata military council's "
        "naval force Misrata port→the Buwairat al-Hassoun coast; ammunition will go Air Academy→Abu Qurayn only after "
        "the Bani Walid road is secured (conditional); 'Abu Idris' denies withdrawing Al-Hisha→Tawergha. Tripoli Street "
        "in Misrata is a trap; Tripoli the seat of the government; the channel's name holds Misrata.",
 "vu5": "Al-Manara from Hun: two Il-76s bring Russian Africa Corps troops Al-Khadim base→Jufra air base; a Sudanese "
        "column Kufra→Sokna (the border with Sudan only measures Kufra); a planned Tariq bin Ziyad battalion Idri→Waddan "
        "under Lt-Col Idris al-Shati (Idri inside Idris; Fezzan only his past area); a conditional advance from Jufra to "
        "Sirte; a denied Russian pull-out Jufra air base→Mali ('الدعم المالي' is 'financial support').",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("vu1", "vu2", "vu3", "vu4", "vu5")
