# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russian Federation"),                 # G
 # cities and places used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (air base row, between Hun and Waddan)
 # eh1 Tarhuna
 "tarhuna_mun": ("district", "LY", 32.43501, 13.63320, "Tarhuna municipality"),         # G* (town row)
 "qasr_ghashir": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                # G
 "khadra": ("town", "LY", 32.44403, 13.76735, "Al Khadra"),                             # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khums_port": ("crossing", "LY", 32.657, 14.278, "Al Khums port"),                     # K
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 # eh2 Bani Walid
 "bw_airport": ("airport", "LY", 31.73920, 13.95400, "Bani Walid Airport"),             # G
 "bw_mun": ("district", "LY", 31.74554, 13.98354, "Bani Walid municipality"),           # G* (town row)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "south_tripoli": ("region", "LY", 32.75, 13.20, "Southern Tripoli (front lines)"),     # K
 # eh3 Gharyan
 "gharyan_mun": ("district", "LY", 32.17222, 13.02028, "Gharyan municipality"),         # G* (town row)
 "nafusa": ("region", "LY", 30.33380, 13.28744, "Jabal Nafusa (Western Mountain)"),     # G* (row الجبل الغربي, region)
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "qawasim": ("town", "LY", 32.18418, 13.06045, "Al Qawasim"),                           # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                             # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),             # G* (row الحدود الليبية التونسية)
 # eh4 Mizda
 "mizda_mun": ("district", "LY", 31.44934, 12.98530, "Mizdah municipality"),            # G* (town row)
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "qaryat": ("town", "LY", 30.38333, 13.58333, "Al Qaryat"),                             # G
 "zawiya_refinery": ("oilfield", "LY", 32.78, 12.70, "Az Zawiya refinery"),             # K
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                     # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),              # G* (row الحدود الليبية الجزائرية)
 "debdeb_crossing": ("crossing", "DZ", 29.96750, 9.42389, "Debdeb border crossing"),    # G* (Debdeb town row)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 # eh5 overview (Cairo)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "tripoli_port": ("crossing", "LY", 32.903, 13.190, "Port of Tripoli"),                 # K
 "hurghada": ("city", "EG", 27.25738, 33.81291, "Hurghada"),                            # G* (row spelled غردقه)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


GNA, LNA = "GNA forces", "Libyan National Army"

TRAPS = {
 "eh1": ["الميادين نت", "اللواء 444 قتال", "الرايات الخضراء", "ميلاد الترهوني", "الكانيات", "بركان الغضب",
         "التركية"],
 "eh2": ["فواصل", "شارع طرابلس", "مصراتية", "ورفلة", "ما ادري", "فاغنر", "الروسية"],
 "eh3": ["يورونيوز", "عمران الغرياني", "التونسية", "أمريكية", "جافلين"],
 "eh4": ["قناة المسار", "خالد الطرابلسي", "المهدي الإدريسي", "الليبي"],
 "eh5": ["اليوم السابع", "طوفان الكرامة", "الجيش الليبي", "اللواء 444", "التركية", "التركي", "مصري"],
}

PHEN = {
 "eh1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "town_vs_district", "coverage_bases"],
 "eh2": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "town_vs_district", "countries"],
 "eh3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "eh4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "eh5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital", "vague_area",
         "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}

MOVES = {
 "eh1": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["ترهونة"], ["قصر بن غشير"]),
  mv("redeploy", "planned", GNA, ["ترهونه"], ["الخضراء"]),
  mv("naval_landing", "conditional", "Misrata forces", ["مصراتة"], ["ميناء الخمس"]),
  mv("mobilise", "denied", None, [], ["الخضراء"]),
  mv("withdraw", "reported", LNA, ["ترهونة"], ["قاعدة الجفرة الجوية"], ["بني وليد"]),
  mv("advance", "reported", GNA, [], ["ترهونة"]),
 ],
 "eh2": [
  mv("airlift", "reported", GNA, ["مطار معيتيقة"], ["مطار بني وليد"]),
  mv("shipment", "planned", GNA, ["طرابلس"], ["بني وليد"], ["ترهونة"]),
  mv("mobilise", "denied", "Misrata forces", [], ["زليتن"]),
  mv("advance", "conditional", GNA, ["ترهونة"], ["بني وليد"]),
  mv("withdraw", "reported", "Wagner Group", ["جنوب طرابلس"], ["بني وليد"]),
  mv("airlift", "reported", "Wagner Group", ["مطار بني وليد"], ["الجفرة"]),
 ],
 "eh3": [
  mv("reinforce", "reported", GNA, ["طرابلس"], ["غريان"], ["العزيزية"]),
  mv("redeploy", "planned", GNA, ["غريان"], ["القواسم"]),
  mv("withdraw", "conditional", None, ["غريان"], []),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["الاصابعة"]),
  mv("advance", "reported", LNA, ["الجفرة"], ["غريان"]),
 ],
 "eh4": [
  mv("deploy", "reported", GNA, ["غريان"], ["مزدة"]),
  mv("deploy", "planned", GNA, [], ["القريات"]),
  mv("shipment", "denied", LNA, ["سبها"], ["الشويرف"]),
  mv("reinforce", "conditional", GNA, ["غريان"], ["مزدة"]),
  mv("withdraw", "reported", LNA, ["مزدة"], ["الشويرف"]),
 ],
 "eh5": [
  mv("deploy", "reported", GNA, [], ["ترهونة"]),
  mv("deploy", "planned", GNA, [], ["ترهونة", "بني وليد"]),
  mv("mobilise", "conditional", LNA, [], ["سرت", "الجفرة"]),
  mv("shipment", "denied", "Turkish armed forces", [], ["قاعدة الوطية"]),
  mv("naval_landing", "reported", "Turkish armed forces", ["تركيا"], ["ميناء طرابلس"]),
 ],
}

NOTES = {
 "eh1": "Al-Mayadeen-style report from Tarhuna: a GNU Chief-of-Staff (444 Brigade) column Tripoli→Tarhuna via Qasr Bin "
        "Ghashir (origin «من العاصمة» resolved to طرابلس), a planned repositioning from central Tarhuna (spelled ترهونه) "
        "to Al-Khadra, a conditional Misrata sea move to Al-Khums port, the tribal council's denied mobilisation in "
        "Al-Khadra, and the June 2020 flashback: the LNA/Kaniyat pull-out Tarhuna→Jufra air base via Bani Walid and the "
        "GNA entry («تدخلها»). Msallata and Al-Khums are road locators; traps: outlet, brigade, «الرايات الخضراء», "
        "a person with the Tarhuna nisba, the Kaniyat, the operation name.",
 "eh2": "Fawasel-style report from Bani Walid (dateline بنى وليد): an Interior Ministry airlift Mitiga airport→Bani Walid "
        "airport, a planned vehicle-and-equipment convoy Tripoli→Bani Walid via Tarhuna (shipment), Misrata's denied "
        "massing in Zliten (headline «مصراته تنفي»), a conditional advance Tarhuna→Bani Walid, and the May 2020 "
        "flashback: Wagner's pull-back from southern Tripoli to Bani Walid, then an airlift Bani Walid airport→Jufra. "
        "Traps: «شارع طرابلس», «ما ادري», Warfalla, Wagner and nisba adjectives.",
 "eh3": "Euronews-style report from Gharyan: a GNU reinforcement Tripoli→Gharyan via Al-Aziziyah, a planned move to "
        "Al-Qawasim (origin «وسط المدينة» → غريان), a conditional pull-back of two local battalions from Gharyan's "
        "northern entrance (null actor, no named destination), Zintan's denied column to Al-Asabaa (spelled الاصابعة), "
        "and the April 2019 LNA entry from Jufra. The 2019 loss «لصالح قوات حكومة الوفاق» is control, not a move; "
        "Ras Ajdir / the Tunisian border / Tunisian trucks are background.",
 "eh4": "Al-Masar-style report from Mizda (also spelled مزده): a GNU force Gharyan→Mizda, a planned company for "
        "Al-Qaryat, the LNA's denied arms shipment Sabha→Ash Shwayrif (also in the headline), a conditional battalion "
        "Gharyan→Mizda and the 2020 LNA pull-back Mizda→Ash Shwayrif. Fuel smuggling (Zawiya refinery, Hamada, the "
        "Algerian border, Debdeb crossing, Sharara drivers) is a civilian flow; Tripoli is the seat of the Chief of Staff; "
        "Algiers is «الجزائر العاصمة». Traps: a colonel «الطرابلسي», a spokesman «الإدريسي».",
 "eh5": "Youm7-style overview from Cairo: the 444 Brigade's reported move into Tarhuna last week, a planned joint force "
        "between Tarhuna and Bani Walid (both ends destinations), the LNA's conditional massing in Sirte and Jufra, "
        "Turkey's denied armour shipment to Al-Watiya and the 2020 Turkish landing at Tripoli port from Turkey. The "
        "headline «من غريان إلى ترهونة» is a front-line span, not a move; Hurghada, Tunis (city, venue) and Geneva are "
        "venues; Cairo is dateline and speaker.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("eh1", "eh2", "eh3", "eh4", "eh5")
