# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label/kind; K = own representative point (see README
# "Coordinates not from the gazetteer").
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                   # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                    # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 # capitals and big cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                  # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                    # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                     # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                     # G
 # cm1 Zuwayya: Ajdabiya, the oil ports, Kufra
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                               # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                     # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                 # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                       # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                                 # G
 "zuwaytina": ("town", "LY", 30.95220, 20.12022, "Az Zuwaytinah"),                         # G
 "zuwaytina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),        # G* (town row)
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa al-Brega port"),              # G* (town row)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                     # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                   # G* (row الحدود الليبية التشادية)
 # cm2 Ghat and the Algerian side
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                       # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),                  # G* (town row)
 "barakat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                              # G (row البركات)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                              # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),               # G
 "tin_alkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border post"),           # G* (Isayen row, country DZ)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                    # G (gazetteer kind village)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                    # G
 "border_dz_side": ("region", "DZ", 24.70, 9.95, "Libya border (Algerian side, near Djanet)"),  # K
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                 # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                     # G
 # cm3 Tmassah
 "zawila": ("town", "LY", 26.16188, 15.12522, "Zawilah"),                                  # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                              # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                 # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                    # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                   # G
 "murzuq_district": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),             # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                        # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),               # G
 # cm4 Ubari
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),                # G* (town row)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                     # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                           # G
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador triangle"),                    # G
 "border_ne_side": ("region", "NE", 22.30, 13.90, "Libya border (Niger side)"),            # K
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                       # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                        # G
 # cm5 Sabha
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                       # G* (row جنوب ليبيا)
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                   # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                       # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                         # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                    # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                   # G
 "bani_walid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                           # G
}

TRAPS = {
 "cm1": ["ليبيا أوبزرفر", "حرس المنشآت النفطية", "التشادية", "الواحات المجاورة", "قبائل المغاربة"],
 "cm2": ["الجانب الليبي", "الشروق", "الجيش الوطني الشعبي", "الليبية", "خليفة حفتر", "دعم مالي"],
 "cm3": ["الجيش الليبي", "العين الإخبارية", "لواء طارق بن زياد", "عمر المرزوقي", "الهلال الأحمر"],
 "cm4": ["عربي بوست", "الشرارة الأولى", "رئاسة الأركان البرية"],
 "cm5": ["دي دبليو", "الشؤون الليبية", "عبد الله الإدريسي", "محمد السبهاوي"],
}

PHEN = {
 "cm1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "border_phrase", "coverage_oil", "coverage_neighbours", "countries"],
 "cm2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "cm3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "cm4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_oil", "coverage_neighbours", "countries"],
 "cm5": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli", "ambiguity_idri",
         "vague_area", "coverage_bases"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"

MOVES = {
 "cm1": [
  mv("mobilise", "reported", None, [], ["اجدابيا"]),
  mv("reinforce", "reported", None, ["اجدابيا"], ["الكفرة"], ["جالو"]),
  mv("naval_landing", "reported", LNA, ["بنغازي"], ["ميناء الزويتينة"]),
  mv("naval_landing", "planned", LNA, [], ["ميناء البريقة"]),
  mv("advance", "conditional", None, [], ["ربيانة"]),
  mv("reinforce", "denied", "Chadian armed groups", [], ["الكفرة"], ["الحدود مع تشاد"]),
 ],
 "cm2": [
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["الحدود مع ليبيا", "جانت", "تين الكوم"]),
  mv("mobilise", "reported", None, ["البركت", "العوينات"], ["غات"]),
  mv("deploy", "reported", None, [], ["منفذ إيسين"]),
  mv("withdraw", "conditional", None, ["منفذ إيسين"], []),
  mv("redeploy", "planned", LNA, ["أوباري"], ["غات"]),
  mv("reinforce", "denied", "Foreign fighters", ["مالي", "النيجر"], ["غات"]),
 ],
 "cm3": [
  mv("deploy", "reported", LNA, ["سبها"], ["زويلة", "تمسة"]),
  mv("airlift", "planned", LNA, ["قاعدة الجفرة الجوية"], ["مطار سبها"]),
  mv("advance", "reported", None, ["مرزق", "أم الأرانب"], ["تمسة"]),
  mv("mobilise", "reported", None, ["سبها"], ["زويلة"]),
  mv("withdraw", "conditional", None, ["تمسة"], ["أم الأرانب"]),
  mv("reinforce", "denied", "Foreign fighters", ["النيجر"], [], ["منفذ التوم"]),
 ],
 "cm4": [
  mv("mobilise", "reported", None, [], ["أوباري"]),
  mv("withdraw", "reported", None, ["أوباري"], ["مرزق"]),
  mv("redeploy", "reported", LNA, ["حقل الشرارة"], ["أوباري"]),
  mv("deploy", "planned", LNA, ["سبها"], ["أوباري"], ["جرمة", "الغريفة"]),
  mv("reinforce", "conditional", None, ["غات"], ["أوباري"]),
  mv("shipment", "denied", None, ["النيجر"], ["أوباري"], ["مثلث السلفادور"]),
 ],
 "cm5": [
  mv("reinforce", "reported", None, ["سرت", "ودان"], ["سبها"]),
  mv("mobilise", "reported", None, ["براك"], ["سبها"]),
  mv("shipment", "denied", LNA, ["قاعدة براك الجوية"], []),
  mv("airlift", "conditional", LNA, ["بنغازي"], ["قاعدة تمنهنت"]),
  mv("withdraw", "planned", None, ["سبها"], []),
 ],
}

NOTES = {
 "cm1": ("Zuwayya «النفير العام» (Libya Observer, Ajdabiya): tribal gathering in Ajdabiya (mobilise) and a tribal "
         "column Ajdabiya→Kufra via Jalu (reinforce), actor null; LNA landing ship Benghazi→Zueitina port and a second "
         "ship expected at Brega port (naval_landing reported/planned); Zuwayya threat to enter Rebiana «إذا» "
         "(conditional advance); Tebu council denies Chadian opposition fighters crossing the Chad border to Kufra. "
         "The elders' delegation to Ajdabiya and the speakers (Ajdabiya rally, Tripoli) are not movements."),
 "cm2": ("Tuareg «نفير» in Ghat seen from Algeria (Echorouk, Djanet): Algerian army Illizi→Djanet→Tin Alkoum/the "
         "border (reinforce); armed youths from Al Barakat and Al Awaynat into Ghat (mobilise, null); volunteers sent by "
         "the Ghat municipality to Isayen (deploy, null) who will leave «بمجرد» (conditional withdraw); LNA battalion "
         "Ubari→Ghat «قررت» (planned redeploy); denied Tuareg fighters from Mali and Niger. The Algiers source, the "
         "«دعم مالي» request and Djanet's residents are not movements."),
 "cm3": ("Tebu vs Awlad Suleiman at Tmassah (Al-Ain News, Benghazi): LNA separation force Sabha→between Zawila and "
         "Tmassah (deploy); planned airlift Jufra air base→Sabha airport; Tebu fighters Murzuq/Umm al-Aranib→Tmassah "
         "(advance) and Awlad Suleiman «فزعة» Sabha→Zawila (mobilise), both null; conditional Tebu pull-back "
         "Tmassah→Umm al-Aranib «فور»; denied Tebu fighters from Niger via Toummo. Displaced families and a relief "
         "convoy are not movements."),
 "cm4": ("Tuareg «النفير العام» in Ubari (Arabi Post): youths gather in Ubari (mobilise, null); Tebu gunmen pull "
         "back Ubari→Murzuq (withdraw, null); LNA company Sharara field→Ubari (redeploy); planned neutral force "
         "Sabha→Ubari via Germa and Al-Ghurayfa; Ghat Tuareg threat «إذا» (conditional reinforce); denied arms trucks "
         "from Niger via the Salvador triangle (shipment, null). The Ghat elders' mediation trip and the Niamey seizure "
         "are not movements."),
 "cm5": ("Qadhadhfa and Awlad Suleiman «فزعة» in Sabha (DW Arabic, Sabha): Qadhadhfa fighters Sirte/Waddan→Sabha "
         "(reinforce, null; retold with a count = same move) and Awlad Suleiman from Brak (mobilise, null); denied LNA "
         "ammunition trucks from Brak air base (shipment); conditional LNA airlift Benghazi→Tamanhint base; planned "
         "withdrawal of the فزعة groups from Sabha under the truce. The Zintan/Bani Walid elders' delegation is not a "
         "movement."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("cm1", "cm2", "cm3", "cm4", "cm5")
