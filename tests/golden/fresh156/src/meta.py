# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                   # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                              # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                             # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                   # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                    # G (row الإمارات)
 # foreign cities and regions
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                 # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                    # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                      # G
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                                # G
 "gela": ("town", "IT", 37.0654, 14.2504, "Gela"),                                        # K
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                  # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                              # G
 "izmir": ("city", "TR", 38.41273, 27.13838, "Izmir"),                                    # G
 "cigli": ("base", "TR", 38.5130, 27.0101, "Cigli Air Base"),                             # K
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                   # G
 "dubai": ("city", "AE", 25.07725, 55.30927, "Dubai"),                                    # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                  # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                  # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                     # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                         # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                              # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                            # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                  # G
 "border_tnside": ("region", "TN", 33.12, 11.48, "Tunisia-Libya border (Tunisian side)"), # K
 # Fezzan
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                      # G* (row جنوب ليبيا)
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya"),                          # G* (row إقليم طرابلس, which lists غرب ليبيا)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),            # G* (row برقة)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                    # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                    # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                    # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                   # G (row قاعدة تمنهنت)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),               # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                      # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                       # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                      # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),              # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),                # G* (row الحدود الليبية الجزائرية)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                        # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                      # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                  # G (row مرزق)
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),             # G* (town row)
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                                # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                       # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                               # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                 # G* (row الحدود الليبية النيجرية)
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                             # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 # western coast
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "tripolitania": ("region", "LY", 30.79644, 14.18653, "Tripolitania"),                    # G (row إقليم طرابلس)
 "tripoli_port": ("crossing", "LY", 32.898, 13.178, "Port of Tripoli"),                   # K
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                       # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                  # G (row قاعدة أبوستة البحرية)
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                               # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                              # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),      # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                  # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),             # G* (town row)
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Port of Zuwara"),                 # K
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                         # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                  # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                               # G
 "regdalin": ("town", "LY", 32.88718, 11.98729, "Regdalin"),                              # G* (row سيدي بن زينة)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),         # G (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 33.10, 11.62, "Libya-Tunisia border (Libyan side)"),       # K
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),            # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                      # G (row قاعدة الوطية)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                # G
 "misrata_port": ("crossing", "LY", 32.362, 15.214, "Port of Misrata (Qasr Ahmad)"),      # K
 "khums_port": ("crossing", "LY", 32.655, 14.285, "Port of Al Khums"),                    # K
}

TRAPS = {
 "fb1": ["فرانس برس", "يورونيوز", "أ ف ب", "خليفة حفتر", "الليبية", "الإسبانية", "الفرنسية", "لا أدري",
         "إبراهيم الغاتي", "عملية «برخان»", "المعهد الفرنسي للعلاقات الدولية"],
 "fb2": ["آجنسيا نوفا", "«نوفا»", "«المتوسط»", "الإيطالية", "الإيطالي", "شركة مليتة للنفط والغاز", "«إيني»",
         "غرين ستريم", "عملية «إيريني»", "الأوروبية", "خفر السواحل الليبي", "القوة المشتركة"],
 "fb3": ["الأناضول", "ترك برس", "التركية", "الأتراك", "العثمانية", "الليبية", "تي سي جي غازي عنتاب",
         "مركز «سيتا»", "حكومة الوفاق الوطني", "«كيربي»"],
 "fb4": ["رويترز", "CNN بالعربية", "الكرملين", "الفيلق الأفريقي", "الدعم المالي", "الجيش الوطني الليبي",
         "اللواء طارق بن زياد", "إدريس الشريف", "جبهة الوفاق من أجل التغيير في تشاد", "علي المرزوقي", "الروسية",
         "الروسي"],
 "fb5": ["الشارع المغاربي", "فرانس برس", "أ ف ب", "التونسي", "الفرنسية", "الليبي", "المجلس العسكري الزنتان",
         "«نوفا»", "الإيطالية", "المنصف المرزوقي", "مونت كارلو الدولية", "وزارة الدفاع الوطني"],
}

PHEN = {
 "fb1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "fb2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "fb3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
 "fb4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_neighbours", "countries"],
 "fb5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, TAF = "Libyan National Army", "GNA forces", "Turkish armed forces"
MOVES = {
 "fb1": [
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["أوباري"], ["سبها", "جرمة"]),
  mv("deploy", "planned", LNA, [], ["حقل الشرارة"]),
  mv("reinforce", "conditional", LNA, ["إدري"], ["أوباري"]),
  mv("withdraw", "denied", LNA, ["غات", "منفذ إيسين"], []),
 ],
 "fb2": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["مجمع مليتة"], ["الزاوية", "صبراتة"]),
  mv("naval_landing", "reported", GNA, ["قاعدة أبو ستة البحرية"], ["ميناء زوارة"]),
  mv("advance", "conditional", GNA, [], ["أبو كماش", "معبر رأس جدير"]),
  mv("deploy", "denied", "Misrata forces", ["مصراتة"], ["صبراتة"]),
  mv("shipment", "planned", None, [], ["ميناء طرابلس"]),
 ],
 "fb3": [
  mv("airlift", "reported", TAF, ["قاعدة تشيغلي الجوية"], ["قاعدة الوطية الجوية"]),
  mv("redeploy", "reported", TAF, ["الوطية"], ["قاعدة أبو ستة البحرية"]),
  mv("shipment", "reported", TAF, [], ["ميناء مصراتة"]),
  mv("naval_landing", "planned", TAF, [], ["ميناء الخمس"]),
  mv("airlift", "denied", "Syrian mercenaries", ["مطار معيتيقة"], ["النيجر"]),
  mv("withdraw", "conditional", TAF, ["الوطية"], []),
 ],
 "fb4": [
  mv("redeploy", "reported", "Russian forces", ["قاعدة براك الجوية"], ["قاعدة الجفرة الجوية"]),
  mv("redeploy", "conditional", "Russian forces", ["مالي"], ["براك"]),
  mv("reinforce", "reported", LNA, ["سبها"], ["مرزوق"], ["غدوة"]),
  mv("deploy", "planned", LNA, ["القطرون"], ["الحدود مع النيجر"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["أم الأرانب"]),
 ],
 "fb5": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان"]),
  mv("advance", "reported", GNA, ["الزاوية"], ["زلطن", "الجميل"]),
  mv("mobilise", "planned", "Tunisian army", [], ["تطاوين", "رمادة"]),
  mv("withdraw", "denied", GNA, ["معبر راس اجدير"], []),
  mv("advance", "conditional", "Zintan forces", [], ["رقدالين"]),
 ],
}

NOTES = {
 "fb1": "Euronews Arabic rewriting AFP (French source; Oubari/Sebha/Tamanhint glosses, «اوباري» without hamza): an LNA "
        "reinforcement Tamanhint air base→Ubari via Sabha and Germa (reported), a company for the Sharara field "
        "(planned «ستنشر»), units from Idri that «ستتحرك … إذا» (conditional) and a denied pull-out from Ghat and the "
        "Isayen crossing; Algeria border as a distance reference, Algiers vs Algeria, «لا أدري», «إبراهيم الغاتي», "
        "Operation Barkhane.",
 "fb2": "Al-Mutawaset rewriting Agenzia Nova (Italian source; Zuara, Ras Jedir, Tripolitania): a GNA column "
        "Tripoli→the Mellitah complex via Zawiya and Sabratha, marines landed Abu Sitta naval base→Zuwara port, a "
        "conditional advance to Abu Kammash and the Ras Ajdir crossing («في حال»), Misrata's denied deployment to "
        "Sabratha and Italian patrol boats to Tripoli port (planned shipment, actor null); Gela/Sicily are the pipeline's "
        "end, not movement places; «شركة مليتة للنفط والغاز» and Operation Irini are traps.",
 "fb3": "Turk Press rewriting Anadolu and a Turkish MoD statement (Turkish source; Vatiye, Trablusgarp → «طرابلس الغرب» "
        "vs «طرابلس الشام»): A400Ms Cigli air base (Izmir)→Al-Watiya, trainers Al-Watiya→Abu Sitta naval base, "
        "Kirpi armour unloaded at Misrata port, a planned landing at Al-Khums port from a frigate named after Gaziantep "
        "(trap), a denied Syrian airlift Mitiga→Niger and a conditional withdrawal «لن تغادر … إلا إذا».",
 "fb4": "CNN Arabic rewriting Reuters (English source; Brak al-Shati, «مرزوق» for Murzuq next to the local «بلدية "
        "مرزق»): Russian forces Brak air base→Jufra air base, a conditional Mali→Brak move («قد تنقل … إذا»), an LNA "
        "reinforcement Sabha→Murzuq via Ghuddwa, a planned battalion Al Qatrun→the Niger border and FACT's denied "
        "build-up in Umm al-Aranib; Dubai/UAE dateline, «الدعم المالي», «علي المرزوقي», «إدريس الشريف».",
 "fb5": "Acharaa Al-Maghribi (Tunisia) rewriting AFP with a Nova quote: a Tunisian army reinforcement Medenine→Ben "
        "Gardane, a GNA advance Zawiya→Zaltan/Al-Jmail, planned Tunisian massing in Tataouine and Remada, the GNU "
        "Interior Ministry's denied pull-out from «المعبر» (= Ras Ajdir, spelt «راس اجدير») and Zintan's conditional "
        "move to Regdalin; Tunis (dateline) vs Tunisia, «المنصف المرزوقي», «مونت كارلو الدولية».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("fb1", "fb2", "fb3", "fb4", "fb5")
