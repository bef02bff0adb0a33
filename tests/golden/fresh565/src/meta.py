# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # Sabha and its quarters
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                 # G
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),          # G* (city row)
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),              # G (row مطار سبها)
 "sabha_castle": ("base", "LY", 27.03766, 14.42832, "Sabha Castle (Fort Elena)"),      # G
 "hajara": ("town", "LY", 27.03766, 14.42832, "Hajara (Sabha)"),                       # G
 "manshiya": ("town", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),                # G
 "qurdha": ("town", "LY", 27.03766, 14.42832, "Al Qurda (Sabha)"),                     # G (row القرضة; القرضه is a variant)
 "tayuri": ("town", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),                   # G
 "jadid": ("city", "LY", 27.05000, 14.40000, "Al Jadid (Sabha)"),                      # G (gazetteer kind city kept)
 "sukra": ("town", "LY", 27.03766, 14.42832, "Sukra (Sabha)"),                         # G
 "abdulkafi": ("town", "LY", 27.03766, 14.42832, "Abdulkafi (Sabha)"),                 # G (row عبد الكافي)
 "mahdiya": ("town", "LY", 27.04500, 14.43000, "Al Mahdiya (Sabha)"),                  # K
 "nasiriya": ("town", "LY", 27.03000, 14.44000, "An Nasiriya (Sabha)"),                # K (the gazetteer row is another town near Zawiya)
 # Fezzan around Sabha
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),           # G* (row قاعدة تمنهنت)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                     # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                   # G
 "samnu": ("town", "LY", 27.27459, 14.88190, "Samnu"),                                 # G
 "samnu_mun": ("district", "LY", 27.27459, 14.88190, "Samnu municipality"),            # G* (town row)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                               # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                            # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                 # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                          # G* (Hun town row, district as an area)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                # G
 # rest of Libya
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                             # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                           # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                             # G
 # vague areas and borders
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                             # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                   # G
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),            # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),              # G* (row الحدود الليبية النيجرية)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),               # G* (row الحدود الليبية التشادية)
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                              # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                               # G
 # Lebanon (uu3 comparison)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                # G
 "bab_tabbaneh": ("district", "LB", 34.44560, 35.84300, "Bab al-Tabbaneh"),            # K
 "jabal_mohsen": ("district", "LB", 34.44810, 35.84870, "Jabal Mohsen"),               # K
}

LNA, GNA, CHAD = "Libyan National Army", "GNA forces", "Chadian armed groups"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "uu1": ["الجريدة", "الجيش الوطني الليبي", "لواء طارق بن زياد", "مفتاح المرزوقي", "بالحجارة", "الاتفاق الجديد"],
 "uu2": ["عمون", "الجيش الوطني الليبي", "سالم الفزاني", "الخطوط الجوية الليبية"],
 "uu3": ["اللواء", "اللواء 128 المعزز", "غرفة عمليات الجنوب", "اللبنانيين", "لبنانية"],
 "uu4": ["شفق نيوز", "الجيش الليبي", "الجيش الوطني الليبي", "اللواء طارق بن زياد"],
 "uu5": ["الأيام", "الجيش الوطني الليبي", "حامد القطروني", "المعارضة التشادية", "الترتيب الأمني الجديد"],
}

PHEN = {
 "uu1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "vague_area", "countries", "coverage_bases", "coverage_neighbours"],
 "uu2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "coverage_bases"],
 "uu3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "town_vs_district", "coverage_bases", "countries"],
 "uu4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "border_phrase", "countries",
         "coverage_bases", "coverage_neighbours"],
 "uu5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "border_phrase", "vague_area", "town_vs_district", "countries", "coverage_bases", "coverage_neighbours"],
}

MOVES = {
 "uu1": [
  mv("deploy", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["حجارة", "المنشية"]),
  mv("withdraw", "reported", None, ["حجارة"], ["الطيوري"]),
  mv("shipment", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["قلعة سبها"]),
  mv("deploy", "planned", LNA, [], ["مطار سبها الدولي"]),
  mv("withdraw", "conditional", None, ["القرضة"], []),
  mv("reinforce", "denied", None, ["مرزق", "أم الأرانب"], ["الطيوري"]),
 ],
 "uu2": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار سبها"]),
  mv("deploy", "reported", LNA, ["مطار سبها"], ["قلعة سبها", "الناصرية"]),
  mv("redeploy", "planned", None, ["قلعة سبها"], ["المهدية"]),
  mv("advance", "conditional", LNA, [], ["الجديد"]),
  mv("deploy", "denied", GNA, ["مصراتة"], ["سبها"]),
 ],
 "uu3": [
  mv("mobilise", "reported", None, [], ["القرضه"]),
  mv("withdraw", "reported", None, ["المنشية"], ["حجارة"]),
  mv("deploy", "planned", LNA, ["قاعدة براك الجوية"], ["القرضه", "حجارة"]),
  mv("reinforce", "conditional", LNA, ["قاعدة تمنهينت"], ["سبها"]),
  mv("reinforce", "denied", None, ["سمنو"], ["سبها"]),
 ],
 "uu4": [
  mv("withdraw", "denied", LNA, ["مطار سبها"], ["قاعدة تمنهنت"]),
  mv("shipment", "reported", LNA, ["الجفرة"], ["سبها"]),
  mv("redeploy", "reported", LNA, ["المنشية"], ["عبدالكافي"]),
  mv("airlift", "planned", LNA, ["قاعدة الجفرة الجوية"], ["مطار سبها"]),
  mv("withdraw", "conditional", None, ["الطيوري"], []),
 ],
 "uu5": [
  mv("withdraw", "reported", None, ["الجديد", "المهدية"], []),
  mv("redeploy", "reported", LNA, ["المنشية"], ["قلعة سبها", "مطار سبها"]),
  mv("withdraw", "planned", LNA, [], ["قاعدة تمنهنت الجوية"]),
  mv("mobilise", "conditional", None, [], ["الطيوري", "حجارة"]),
  mv("advance", "denied", CHAD, ["الحدود مع تشاد"], ["سبها"], ["القطرون"]),
 ],
}

NOTES = {
 "uu1": "Kuwaiti daily (Al-Jarida) report from Tripoli: LNA separation force Tamanhint air base→Hajara/Al-Manshiya, Tebu "
        "pull-back Hajara→Al-Tayuri, an ammunition convoy from «القاعدة ذاتها» (Tamanhint) to Sabha castle, planned company for Sabha airport, Awlad Suleiman pull-out from Al-Qurdha only "
        "if the army takes the gates (لن…إلا إذا), Tebu council denies fighters Murzuq/Umm al-Aranib→Al-Tayuri; traps "
        "بالحجارة, الاتفاق الجديد, a person المرزوقي; Sabha inside مركز سبها الطبي is gold.",
 "uu2": "Jordanian site (Ammon) relaying LNA statements: Il-76 airlift Benina air base→Sabha airport, the battalion on "
        "from the airport to the castle and An-Nasiriya, a local company's planned move castle→Al-Mahdiya, a "
        "conditional entry into Al-Jadid (إذا), the GNU Interior Ministry's denied force Misrata→Sabha; civilian "
        "flights Tripoli–Sabha and displaced families Hajara→Samnu/Brak are not movements.",
 "uu3": "Lebanese daily (Al-Liwaa) analysis: Awlad Suleiman massing in Al-Qurdha (القرضه), Tebu pull-back "
        "Al-Manshiya→Hajara, a planned Brigade 128 separation force Brak air base→between Al-Qurdha and Hajara, a "
        "conditional reinforcement from Tamanhint (تمنهينت) (لن…إلا إذا), Samnu's mayor denying columns to Sabha; "
        "Lebanese Tripoli (Bab al-Tabbaneh, Jabal Mohsen) beside «طرابلس الغرب»; the outlet «اللواء» vs «اللواء 128».",
 "uu4": "Iraqi agency (Shafaq News) item: the LNA denies a pull-out Sabha airport→Tamanhint base, says the column was "
        "a supply convoy Jufra→Sabha, a company moved Al-Manshiya→Abdulkafi, planned cargo flights Jufra air "
        "base→Sabha airport, a Tebu leader's conditional pull-out from Al-Tayuri (بشرط); the demanded Awlad Suleiman "
        "pull-out from Al-Qurdha is the condition, not a movement; distance reference Tripoli and border phrase.",
 "uu5": "Bahraini daily (Al-Ayyam) with agencies: a truce in Sabha — Awlad Suleiman pull-out from Al-Jadid and "
        "Al-Mahdiya, the separation force repositioned Al-Manshiya→the castle/the airport, its planned full "
        "withdrawal to Tamanhint air base after 30 days, a conditional Tebu «نفير» in Al-Tayuri and Hajara, a denied "
        "Chadian opposition entry from the Chad border via Al-Qatrun; بلدية سبها (district) beside the city; traps القطروني, التشادية, الجديد (adjective).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("uu1", "uu2", "uu3", "uu4", "uu5")
