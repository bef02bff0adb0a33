# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "palestine": ("country", "PS", 31.94084, 35.26231, "Palestine"),                       # G
 # foreign cities and towns
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
 "tangier": ("city", "MA", 35.76727, -5.79975, "Tangier"),                              # G* (row تنجه, written طنجة)
 "tetouan": ("city", "MA", 35.57845, -5.36837, "Tetouan"),                              # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "gaza": ("city", "PS", 31.5017, 34.4668, "Gaza"),                                      # K
 # Greater Tripoli
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "souq_juma": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                     # G
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                               # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "abusalim": ("town", "LY", 32.852, 13.190, "Abu Salim"),                               # K (gazetteer row = Tripoli-centre point)
 "qasr_bg": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                     # G
 "swani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                              # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 # west coast
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),               # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G
 "border_tn": ("region", "LY", 33.05, 11.70, "Libya-Tunisia border (Libyan side)"),     # K
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 # Jafara and the Western Mountain
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                     # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "qawalish": ("town", "LY", 31.99972, 12.63000, "Al-Qawalish"),                         # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabi'ah"),                           # G
 "mizdah": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "western_mountain": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 # Tarhuna, Bani Walid, Misrata, Sirte, Jufra
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "bani_walid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                        # G
 "bw_airport": ("airport", "LY", 31.73920, 13.95400, "Beni Walid Airport"),             # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G (also written مصراته)
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "air_college": ("base", "LY", 32.32556, 15.05972, "Misrata Air Academy base"),         # G* (row مطار مصراتة, alias الكلية الجوية)
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G* (row أبوقرين, written أبو قرين)
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
}

TRAPS = {
 "qsa1": ["الشمال بريس", "اللواء 444 قتال", "جهاز دعم الاستقرار", "عماد الطرابلسي", "الليبية", "المغربية", "الليبيين"],
 "qsa2": ["طنجة نيوز", "المنطقة العسكرية الساحل الغربي", "المغاربة", "التونسية"],
 "qsa3": ["ميديا 7", "القيادة العامة", "القوة المشتركة", "اللواء 128 معزز", "الفيلق الأفريقي", "مجموعة فاغنر", "اللجنة العسكرية المشتركة 5+5",
          "الخطوط الجوية الليبية", "مصراتية", "التركية"],
 "qsa4": ["كنال تطوان", "المجلس الاجتماعي لقبائل ورفلة", "ورفلة", "قناة التناصح", "الصادق الغرياني",
          "القيادة العامة"],
 "qsa5": ["فلسطين 24", "جهاز الردع", "الفلسطينية", "الفلسطينيين", "اللبنانية", "الليبية", "تركية"],
}

PHEN = {
 "qsa1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "coverage_neighbours", "countries"],
 "qsa2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "border_phrase", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qsa3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "coverage_bases",
          "coverage_neighbours", "countries"],
 "qsa4": ["spelling", "multiword", "media_trap", "operation_trap", "person_trap", "vague_area", "coverage_bases"],
 "qsa5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qsa1": [
  mv("redeploy", "planned", "GNA forces", ["سوق الجمعة"], ["تاجوراء"]),
  mv("withdraw", "reported", "GNA forces", ["عين زارة"], ["قصر بن غشير"]),
  mv("deploy", "conditional", "GNA forces", [], ["أبو سليم"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["العزيزية"], ["بئر الغنم"]),
 ],
 "qsa2": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية"], ["الماية"]),
  mv("deploy", "planned", "GNA forces", [], ["مصفاة الزاوية"]),
  mv("withdraw", "reported", None, ["الزاوية"], ["صرمان"]),
  mv("withdraw", "conditional", None, ["الزاوية"], []),
  mv("reinforce", "denied", "GNA forces", ["صبراتة"], ["الزاوية"]),
 ],
 "qsa3": [
  mv("reinforce", "reported", "Misrata forces", ["مصراته"], ["الوشكة"]),
  mv("advance", "conditional", "Misrata forces", [], ["سرت"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة القرضابية"], ["هراوة"]),
  mv("withdraw", "reported", "Russian forces", ["سرت"], ["قاعدة الجفرة الجوية"]),
  mv("airlift", "denied", "Turkish armed forces", [], ["قاعدة الكلية الجوية"]),
 ],
 "qsa4": [
  mv("deploy", "reported", "GNA forces", ["الأصابعة"], ["غريان"]),
  mv("deploy", "planned", "GNA forces", ["غريان"], ["مزدة"]),
  mv("withdraw", "conditional", "Zintan forces", ["القواليش"], ["زنتان"]),
  mv("airlift", "denied", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["مطار بني وليد"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["بني وليد"]),
 ],
 "qsa5": [
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة الوطية"], ["مطار معيتيقة"]),
  mv("redeploy", "planned", "GNA forces", ["جنزور"], ["السواني"]),
  mv("advance", "conditional", "Misrata forces", [], ["طرابلس"]),
  mv("shipment", "denied", "GNA forces", ["ميناء طرابلس"], ["قاعدة معيتيقة"]),
 ],
}

NOTES = {
 "qsa1": "Moroccan regional site (Achamal Press) on the general staff's plan for Tripoli: a planned transfer of two "
         "battalions Souq al-Juma→camps in Tajoura, Brigade 444's reported pull-out Ain Zara→Qasr Bin Ghashir, the "
         "separation force's conditional entry into Abu Salim («لن تدخل ... إلا إذا») and the Zintan military council's "
         "denial of a column Zintan→Aziziya via Bir al-Ghanam («من المدينة» = Zintan); Tripoli as government («طرابلس "
         "قد رفضت»), the Bouznika talks, Morocco, civilian traffic Janzour–Zawiya and residents in Ain Zara (the same "
         "pull-out told again) are not movements; عماد الطرابلسي holds طرابلس.",
 "qsa2": "Moroccan site (Tanjanews) on the Zawiya truce: a general-staff force Tripoli→Zawiya via Al-Mayah (reported), "
         "its planned deployment around the Zawiya refinery, an unidentified column leaving Zawiya for Surman (actor "
         "null), a group's conditional pull-out from central Zawiya (Ajaylat only in the condition) and the western "
         "coast commander's denied reinforcement Sabratha→Zawiya; the border with Tunisia as a standing task, workers "
         "crossing Ras Ajdir towards Tangier and Tetouan (civilian), Libya (UN mission) are not movement places; "
         "طنجة نيوز holds طنجة.",
 "qsa3": "Moroccan web TV (Media7) on the Sirte line: Misrata reinforcements Misrata→Al-Washka (written مصراته), the "
         "Misrata forces' conditional advance on Sirte, the LNA's planned battalion Gardabiya base→Harawa, Russian "
         "Africa Corps men leaving Sirte for Jufra air base, and Turkey's denied airlift to the Air Academy base "
         "(headline «الكلية الجوية», body «قاعدة الكلية الجوية»); Ankara as speaker, Moscow, Geneva (2020 accord), Abu "
         "Qurayn (site of a clash), civilian flights Misrata airport→Istanbul are not movement places.",
 "qsa4": "Moroccan site (Canal Tetouan) on Gharyan and Bani Walid: a general-staff force Al-Asabaa→Gharyan "
         "(reported), a planned company Gharyan→Mizdah («سرية منها»), the Zintan groups' conditional return "
         "Al-Qawalish→Zintan (written زنتان), the Warfalla council's denial of an LNA military flight Jufra air base→Bani "
         "Walid airport and the LNA's conditional entry into Bani Walid; Shwayrif (road goal of civilian lorries), a "
         "medical aid convoy Tripoli→Tarhuna, the Western Mountain and الصادق الغرياني (holds غريان) are not movements.",
 "qsa5": "Palestinian news site (Palestine 24) from Tripoli: a Turkish military plane Al-Watiya base→Mitiga airport "
         "(reported), a planned infantry battalion Janzour→camp in Al-Swani, Misrata brigades' conditional entry into "
         "Tripoli, Radaa's denied arms shipment Tripoli port→Mitiga base; Misrata as metonymy in the headline, Turkey "
         "(2019 memorandum), Palestinian families' 2014 move to Tripoli in Lebanon, Gaza wounded, the Tajoura raid and "
         "Souq al-Juma shops are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qsa1", "qsa2", "qsa3", "qsa4", "qsa5")
