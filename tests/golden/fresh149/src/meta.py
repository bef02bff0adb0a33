# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 # regions and districts
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),   # G* (row الحدود الليبية النيجرية)
 "border_tn_ly": ("region", "TN", 32.95, 11.35, "Tunisia-Libya border (Tunisian side)"),     # K
 "border_dz_ly": ("region", "DZ", 25.2, 9.9, "Algeria-Libya border (Algerian side)"),        # K
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                            # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),                # G* (town row)
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),            # G* (town row)
 # Fezzan towns
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "qurda": ("town", "LY", 27.03766, 14.42832, "Al Qurda (Sabha)"),                        # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                         # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                   # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                            # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                            # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                               # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                            # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "zuwaylah": ("town", "LY", 26.16188, 15.12522, "Zawilah"),                              # G
 "wigh": ("village", "LY", 24.18590, 14.53280, "Al Wigh"),                               # G* (row قاعدة الويغ)
 # facilities
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                  # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),             # G
 "tin_alkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين)
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),              # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G (row قاعدة تمنهنت)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                   # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),              # G
 "tripoli_port": ("crossing", "LY", 32.904, 13.186, "Port of Tripoli"),                  # K
 "misrata_port": ("crossing", "LY", 32.372, 15.215, "Port of Misrata (Qasr Ahmed)"),      # K
 # other Libyan cities
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 # Algeria
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                               # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),    # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                        # G
 "in_guezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                          # G (gazetteer spelling إن قزام)
 # elsewhere
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                 # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                     # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                         # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                     # G
}

TRAPS = {
 "eu1": ["طارق بن زياد", "الجيش الوطني الليبي", "الوطن الليبية", "الوطن", "الشرارة الأولى", "محمد الغاتي"],
 "eu2": ["المتوسط", "عبد السلام المرزوقي", "تشاديون", "تشاديين", "تركية", "شارع طرابلس", "كتيبة شهداء أم الأرانب",
         "الجيش الليبي"],
 "eu3": ["الجيش الليبي", "صدى البلد", "الفيلق الإفريقي", "الروسي", "لا أدري", "تونسية", "اللبنانية", "ليبية"],
 "eu4": ["الشروق", "الجيش الوطني الشعبي", "خليفة حفتر", "الليبي", "ليبية", "جزائرية"],
 "eu5": ["قناة الغد", "الغد", "أحمد السبهاوي", "تشاديون", "تشادية", "الجيش الوطني الليبي", "غرفة عمليات الجنوب",
         "الإدريسي", "قناة ليبيا الأحرار", "السوريين", "الجيش الليبي"],
}

PHEN = {
 "eu1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "eu2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "eu3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours",
         "countries"],
 "eu4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital", "border_phrase",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "eu5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, ALG, TUR, RUS = "Libyan National Army", "Algerian army", "Turkish armed forces", "Russian forces"

MOVES = {
 "eu1": [
  mv("deploy", "reported", LNA, ["سبها"], ["أوباري"], ["الغريفة", "جرمة"]),
  mv("advance", "planned", LNA, [], ["غات", "العوينات"]),
  mv("deploy", "conditional", LNA, [], ["منفذ إيسين"]),
  mv("airlift", "reported", None, ["بنغازي"], ["مطار غات"]),
  mv("withdraw", "denied", None, ["غات"], ["أوباري"]),
  mv("reinforce", "denied", ALG, [], ["جانت"]),
 ],
 "eu2": [
  mv("reinforce", "reported", LNA, ["سبها"], ["القطرون"], ["مرزق"]),
  mv("withdraw", "reported", "Chadian armed groups", ["القطرون"], ["منفذ التوم"]),
  mv("shipment", "reported", LNA, ["سبها"], ["مرزق"]),
  mv("deploy", "planned", LNA, [], ["تجرهي"]),
  mv("reinforce", "conditional", LNA, ["قاعدة تمنهنت الجوية"], ["قطرون"]),
  mv("naval_landing", "reported", TUR, ["مرسين"], ["ميناء طرابلس"]),
  mv("mobilise", "denied", None, [], ["تراغن"]),
 ],
 "eu3": [
  mv("redeploy", "reported", LNA, ["سبها"], ["براك الشاطئ"]),
  mv("shipment", "reported", LNA, ["قاعدة الجفرة الجوية"], ["براك"]),
  mv("withdraw", "denied", RUS, ["قاعدة براك الجوية"], []),
  mv("deploy", "reported", "Tunisian army", [], ["بن قردان"]),
  mv("deploy", "planned", LNA, ["براك"], ["إدري"]),
  mv("reinforce", "conditional", LNA, ["قاعدة تمنهنت الجوية"], ["وادي الشاطئ"]),
  mv("airlift", "reported", RUS, ["قاعدة حميميم"], ["الجفرة"]),
 ],
 "eu4": [
  mv("reinforce", "reported", ALG, ["إليزي"], ["جانت"]),
  mv("deploy", "reported", LNA, ["أوباري"], ["غات"], ["العوينات"]),
  mv("airlift", "planned", ALG, ["تمنراست"], ["مطار جانت"]),
  mv("advance", "denied", ALG, [], ["غات"]),
  mv("deploy", "conditional", ALG, [], ["الحدود مع ليبيا"]),
  mv("naval_landing", "reported", TUR, [], ["ميناء مصراتة"]),
 ],
 "eu5": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار سبها"]),
  mv("advance", "reported", LNA, ["سبها"], ["تمسة"], ["أم الأرانب", "زويلة"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["ام الارانب"]),
  mv("redeploy", "planned", LNA, ["تمسة"], ["الويغ"]),
  mv("withdraw", "denied", LNA, ["مرزق"], ["سبها"]),
  mv("airlift", "reported", "Syrian mercenaries", [], ["مطار معيتيقة"]),
  mv("advance", "conditional", "Chadian armed groups", [], ["القطرون"]),
 ],
}

NOTES = {
 "eu1": "Libyan web page (Al-Watan al-Libiya style) with breadcrumbs, headline/sub-headline, dateline, photo caption, "
        "two 'read also' links, hashtags and share buttons. Body: an LNA column Sabha→Ubari via Al-Ghurayfa and Germa "
        "(reported; headline, sub-headline and caption retell it), a company planned on to Ghat/Al-Awaynat, a unit "
        "at the Isayen crossing 'if smuggling continues' (conditional), Ghat's mayor denying a border-guard pull-out "
        "Ghat→Ubari. Links of other stories: a military cargo plane Benghazi→Ghat airport (reported, no owner) and "
        "Algeria denying reinforcements to Djanet. Traps: the outlet, the brigade name, «الشرارة الأولى», a person "
        "named الغاتي.",
 "eu2": "Libyan web page (Al-Mutawaset style). Body: LNA reinforcements Sabha→Al Qatrun via Murzuq (reported; "
        "headline), Chadian gunmen pulling back from Al Qatrun to the Toummo crossing (reported), LNA supply trucks "
        "Sabha→Murzuq (shipment), a planned company for Tajarhi (the Niger border is a locator), a conditional force "
        "Tamanhint air base→Qatrun, Murzuq's mayor denying a build-up in Traghen. 'Read also': a Turkish landing at "
        "Tripoli port from Mersin (reported) and a battalion's pledge (force-name trap, no movement). Caption is "
        "presence. Spelling variants مرزوق and قطرون; the byline's المرزوقي and «شارع طرابلس» are traps.",
 "eu3": "Egyptian portal page (Sada El Balad style) on the Sabha–Brak–Shati road. Body: an LNA battalion redeployed "
        "Sabha→Brak al-Shati (reported; headline), LNA ammunition trucks Jufra air base→Brak (shipment), a denied "
        "Africa Corps pull-out from Brak air base, a planned company Brak→Idri, a conditional force Tamanhint air "
        "base→Wadi al-Shati. A delegation's visit Benghazi→Sabha is not a movement of forces. Links: Tunisian forces "
        "to Ben Gardane (the border is a purpose, not a destination), a Russian air bridge Hmeimim→Jufra, a migrant "
        "boat off Tripoli (Lebanon), weather in Cairo and Alexandria (no movements). «لا أدري» is a trap.",
 "eu4": "Algerian web page (Echorouk Online style). Body: Algerian reinforcements Illizi→Djanet (reported), an LNA "
        "column Ubari→Ghat via Al-Awaynat (reported), a planned airlift Tamanrasset→Djanet airport, the MoD denying "
        "any crossing towards Ghat and deploying on the border 'only if' needed (conditional). Smugglers and migrants "
        "between Djanet and Ghat are not forces. Links: a Turkish landing at Misrata port (reported), a military "
        "medical caravan to In Guezzam (humanitarian, not a movement), a minister received (none). Dateline الجزائر "
        "is Algiers; the tag الجزائر is the country.",
 "eu5": "Pan-Arab TV site (Al Ghad style). Body: an LNA airlift Benina air base→Sabha airport (reported; caption is an "
        "archive photo, not a movement), an LNA column Sabha→Tmassah via Umm al-Aranib and Zuwaylah (reported; "
        "headline), Chadian groups massing round Umm al-Aranib last week (mobilise, reported, spelled ام الارانب), "
        "a planned company Tmassah→Al Wigh, a denied pull-out Murzuq→Sabha, Chadian opposition threatening to "
        "advance on Al Qatrun 'if' (conditional). Link: Syrian mercenaries arriving at Mitiga airport (airlift, "
        "reported); a PM's visit to Rome (none). Traps: the outlet, «قناة ليبيا الأحرار», السبهاوي, الإدريسي.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("eu1", "eu2", "eu3", "eu4", "eu5")
BAR_IN_TEXT = True  # the text has literal "|" (breadcrumbs, bylines, share buttons)
