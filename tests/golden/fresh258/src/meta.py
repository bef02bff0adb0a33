# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                   # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                    # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                         # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                                # G
 # cities and capitals
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                   # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                   # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                   # G
 # Sabha, Wadi al-Shati, Jufra
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                     # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                       # G
 "brak_mun": ("district", "LY", 27.54956, 14.27139, "Brak al-Shati municipality"),         # G* (town row)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                         # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                        # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                       # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                    # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                          # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                              # G* (air-base point, near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                    # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                 # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                 # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                       # G* (row جنوب ليبيا)
 # Ubari, Ghat, the Algerian border
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                     # G
 "awinat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                               # G
 "serdeles": ("town", "LY", 25.78123, 10.56133, "Al Awaynat (Serdeles)"),                  # G* (same row, local name)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                       # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),                  # G* (town row)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),               # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),                 # G* (row الحدود الليبية الجزائرية)
 "akakus": ("region", "LY", 24.83333, 10.33333, "Akakus Mountains"),                       # G (row جبل أكاكوس)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                    # G
 # Algeria (Illizi, Djanet, Tassili)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                    # G (gazetteer kind village)
 "djanet_wilaya": ("district", "DZ", 24.55528, 9.48500, "Djanet province"),                # G* (town row)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),      # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                    # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                  # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                          # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                               # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),        # G* (row منفذ إيسين, other side)
 "tassili": ("region", "DZ", 25.50000, 8.80000, "Tassili n'Ajjer"),                        # K
 "border_ly_dzside": ("region", "DZ", 25.20000, 9.80000, "Algeria-Libya border (Algerian side)"),  # K
 # Murzuq, Al Qatrun, the Chad and Niger borders
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                   # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),                 # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                                 # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                        # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                              # G
 "zuwaylah": ("town", "LY", 26.16188, 15.12522, "Zawilah"),                                # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                           # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),               # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                   # G* (row الحدود الليبية التشادية)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                  # G* (row الحدود الليبية النيجرية)
 # Tobruk
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),                     # G* (city / naval base point)
}

TRAPS = {
 "iz1": ["فسانيا", "شارع طرابلس", "الهلال الأحمر الليبي", "عبد الله السبهاوي", "الجديد", "منطقة سبها العسكرية",
         "ما ادري"],
 "iz2": ["المتوسط", "شركة أكاكوس للعمليات النفطية", "محمد الغاتي", "الجيش الجزائري"],
 "iz3": ["الخبر", "الناحية العسكرية الرابعة", "الليبية", "مبلغ مالي", "صفحات ليبية", "دورية جزائرية"],
 "iz4": ["قناة ليبيا الوطنية", "تشادية", "غرفة عمليات المنطقة الجنوبية", "خالد المرزوقي"],
 "iz5": ["الشرق الأوسط", "روسية", "السورية", "الفيلق الأفريقي", "ميلاد الإدريسي", "عادل الطرابلسي", "الليبية"],
}

PHEN = {
 "iz1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases"],
 "iz2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "iz3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "iz4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "iz5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}

LNA, DZA, RUS = "Libyan National Army", "Algerian army", "Russian forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "iz1": [
  mv("deploy", "reported", LNA, ["سبها"], ["براك الشاطئ"]),
  mv("reinforce", "conditional", LNA, ["قاعدة براك الجوية"], ["براك الشاطئ"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار سبها"]),
  mv("deploy", "planned", LNA, ["سبها"], ["إدري"]),
  mv("withdraw", "denied", LNA, ["قاعدة تمنهنت الجوية"], ["الجفرة"]),
 ],
 "iz2": [
  mv("deploy", "reported", LNA, ["أوباري"], ["العوينات", "غات"]),
  mv("redeploy", "planned", LNA, ["غات"], ["منفذ إيسين"]),
  mv("reinforce", "reported", None, ["حقل الشرارة"], ["حقل الفيل"]),
  mv("deploy", "denied", "GNA forces", ["طرابلس"], ["أوباري"]),
  mv("mobilise", "conditional", None, [], ["أوباري"]),
  mv("reinforce", "reported", DZA, [], ["جانت"]),
 ],
 "iz3": [
  mv("reinforce", "reported", DZA, ["إليزي"], ["جانت"]),
  mv("airlift", "reported", DZA, ["تمنراست"], ["مطار جانت"]),
  mv("deploy", "planned", DZA, [], ["معبر تين الكوم", "الطاسيلي"]),
  mv("redeploy", "conditional", DZA, ["عين أميناس"], ["جانت"]),
  mv("shipment", "reported", None, ["ليبيا"], []),
  mv("advance", "denied", DZA, [], ["غات"]),
 ],
 "iz4": [
  mv("reinforce", "reported", LNA, ["سبها"], ["قطرون"], ["غدوة", "أم الأرانب"]),
  mv("shipment", "reported", LNA, ["قاعدة الويغ الجوية"], ["قطرون"]),
  mv("withdraw", "reported", "Chadian armed groups", ["تمسة"], ["الحدود مع تشاد"]),
  mv("airlift", "planned", LNA, ["مطار سبها"], ["قاعدة الويغ الجوية"]),
  mv("mobilise", "denied", None, [], ["أم الأرانب"]),
  mv("advance", "conditional", LNA, ["قطرون"], ["منفذ التوم"]),
 ],
 "iz5": [
  mv("naval_landing", "reported", RUS, ["طرطوس"], ["ميناء طبرق"]),
  mv("shipment", "reported", RUS, ["ميناء طبرق"], ["قاعدة براك الجوية"], ["قاعدة الجفرة الجوية"]),
  mv("naval_landing", "planned", RUS, [], ["ميناء طبرق"]),
  mv("withdraw", "denied", RUS, ["قاعدة براك الجوية"], ["النيجر"]),
  mv("advance", "conditional", LNA, ["إدري"], ["حقل الشرارة"]),
  mv("airlift", "reported", RUS, ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
 ],
}

NOTES = {
 "iz1": ("Fasania-style Sabha daily on Brak al-Shati: a Tariq bin Ziyad force Sabha→Brak (reported; headline repeats it), "
         "a conditional entry of the Brak air-base battalion into «المدينة» (= Brak), a cargo flight Benina air base→Sabha "
         "airport, a planned company Sabha→Idri, a denied pull-out Tamanhint air base→Jufra; police patrols of unnamed "
         "quarters and the wounded taken to «مركز سبها الطبي» are not movements; «ما ادري» is not Idri."),
 "iz2": ("Al-Mutawaset-style Ubari report: LNA border guards Ubari→Al-Awaynat (also written سردلس)/Ghat, a planned company "
         "Ghat→Isayen crossing (the border phrase and Akakus are locators), oil guards Sharara→El Feel, the GNU's denied "
         "Tripoli→Ubari force, a conditional Tuareg mass in Ubari («فيها»), an Algerian reinforcement of Djanet told via "
         "papers in Algiers (a speaker place)."),
 "iz3": ("El Khabar-style Algerian report: a reinforcement Illizi→Djanet (Ouargla is the command's seat), Ilyushins "
         "Tamanrasset→Djanet airport, a planned deployment to the Tin Alkoum crossing and the Tassili, a conditional "
         "In Amenas→Djanet move («في حال»), a seized arms shipment from Libya (the seizure spot is a locator), a denied "
         "incursion near Ghat; the Sebeiba festival tourists are not a movement."),
 "iz4": ("Murzuq report citing Libya's state TV: an LNA battalion Sabha→Al Qatrun (written قطرون) via Ghuddwa and Umm "
         "al-Aranib, fuel/ammunition trucks Al Wigh air base→«البلدة» (= Qatrun), Chadian gunmen pulling back Tmassah→the "
         "Chad border, a planned Sabha airport→Al Wigh air bridge (the Niger border is its purpose), a denied Tebu mass in "
         "Umm al-Aranib, a conditional Qatrun→Toummo advance; displaced families Tmassah→Zawilah/Murzuq are civilians."),
 "iz5": ("Asharq Al-Awsat-style piece on Russian forces at Brak: a landing Tartus→Tobruk port, the equipment trucked "
         "Tobruk port→Brak air base via Jufra air base, a second landing «مقرر» at «الميناء نفسه», a denied pull-out Brak "
         "air base→Niger, a conditional LNA advance Idri→Sharara field, tracked Il-76s Jufra air base→Brak air base (past, "
         "reported); Cairo (dateline), Moscow and the Sahel countries are not movement places."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("iz1", "iz2", "iz3", "iz4", "iz5")
