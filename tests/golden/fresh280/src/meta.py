# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 # cities and bases used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 # jv1 Sabha
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "sabha_castle": ("base", "LY", 27.03766, 14.42832, "Sabha Castle (Fort Elena)"),       # G
 "samnu": ("town", "LY", 27.27459, 14.88190, "Samnu"),                                  # G
 "tamanhint_town": ("town", "LY", 27.24010, 14.65630, "Tamanhint"),                     # G* (air base/airport row)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 # jv2 Ghat and the Algerian border
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "border_ly_dzside": ("region", "DZ", 24.75, 9.95, "Algeria-Libya border (Algerian side)"),  # K
 # jv3 Al Qatrun, Murzuq and the Niger border
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G (district row)
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 # jv4 Brak and Wadi al-Shati
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G* (row قاعدة الجفرة الجوية)
 # jv5 Ubari
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
}

TRAPS = {
 "jv1": ["ليبيا الحدث", "شارع جمال عبد الناصر", "القوات المسلحة العربية الليبية", "غرفة عمليات الجنوب",
         "عبد السلام السبهاوي"],
 "jv2": ["ليبيا الوطنية", "الغاتي", "جزائرية", "الجيش الجزائري", "غرفة عمليات المنطقة العسكرية سبها"],
 "jv3": ["قناة المسار", "طارق بن زياد", "حسن القطروني", "التشادية", "النيجري", "الليبية"],
 "jv4": ["التناصح", "ما ادري", "حراك فزان", "الفيلق الأفريقي الروسي", "سالم الإدريسي"],
 "jv5": ["ليبيا الرسمية", "الشرارة الأولى", "إبراهيم الأوباري", "غرفة عمليات المنطقة الجنوبية"],
}

PHEN = {
 "jv1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "coverage_bases"],
 "jv2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "jv3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district", "coverage_crossings", "coverage_bases", "coverage_neighbours", "countries"],
 "jv4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "ambiguity_tripoli", "coverage_bases", "coverage_oil"],
 "jv5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_idri", "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_oil",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"
MOVES = {
 "jv1": [
  mv("deploy", "reported", None, [], ["سبها"]),                                        # police patrols at the city gates
  mv("deploy", "reported", None, [], ["سمنو"]),                                        # police force to Samnu
  mv("advance", "reported", None, [], ["تمنهنت"]),                                     # CID patrol chasing suspects
  mv("reinforce", "reported", LNA, ["براك الشاطي"], ["سبها", "مطار سبها", "قلعة سبها"]),  # Brigade 128 company
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار سبها"]),                 # cargo plane «في المطار»
  mv("reinforce", "conditional", LNA, ["قاعدة تمنهنت"], ["سبها"]),                      # «في حال تجددت»
  mv("withdraw", "denied", None, ["غدوة"], []),                                        # police pull-out denied
 ],
 "jv2": [
  mv("deploy", "reported", LNA, ["أوباري"], ["غات"], ["العوينات"]),
  mv("shipment", "reported", LNA, ["سبها"], ["غات"]),                                 # ammunition/fuel trucks
  mv("redeploy", "planned", LNA, [], ["منفذ إيسين"]),
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  mv("redeploy", "conditional", LNA, [], ["العوينات"]),
  mv("withdraw", "denied", None, ["مطار غات"], ["غات"]),
 ],
 "jv3": [
  mv("deploy", "reported", LNA, ["سبها"], ["القطرون"], ["أم الأرانب"]),
  mv("advance", "reported", LNA, [], ["تجرهي"]),                                      # patrols chase the attackers
  mv("deploy", "planned", LNA, [], ["منفذ التوم"]),
  mv("deploy", "reported", None, ["سبها"], ["مرزق"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["تجرهي"]),
  mv("reinforce", "conditional", None, ["ديركو"], ["ماداما"]),
 ],
 "jv4": [
  mv("reinforce", "reported", LNA, ["قاعدة براك الجوية"], ["إدري"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الجفرة"], ["قاعدة براك الجوية"]),
  mv("redeploy", "planned", LNA, ["قاعدة تمنهنت"], ["براك"]),
  mv("deploy", "conditional", "GNA forces", [], ["وادي الشاطئ"]),
 ],
 "jv5": [
  mv("mobilise", "reported", None, [], ["أوباري"]),                                     # gunmen of both sides massed
  mv("redeploy", "reported", LNA, ["حقل الشرارة"], ["أوباري"]),
  mv("withdraw", "conditional", None, ["أوباري"], ["العوينات"]),
  mv("reinforce", "planned", LNA, ["سبها"], ["أوباري"], ["جرمة", "الغريفة"]),
  mv("shipment", "denied", None, ["الحدود مع الجزائر"], ["أوباري"]),
 ],
}

NOTES = {
 "jv1": ("Libya Al-Hadath, Sabha (1 March 2026): police patrols at the city gates and a police force to Samnu (deploy, "
         "actor null), a CID patrol's advance on the town of Tamanhint (not the base), a Brigade 128 company from Brak "
         "al-Shati (الشاطئ in the headline, الشاطي in the body) to Sabha, its airport and castle, a planned cargo flight "
         "Benina air base→«المطار» (= Sabha airport), a conditional Tamanhint base→Sabha move and a denied police pull-out "
         "from Ghuddwa; Sabha inside institutions (مديرية أمن، جامعة) is gold, the officer السبهاوي, the street and the "
         "operations room are traps."),
 "jv2": ("Libya Al-Wataniya, Ghat (15 April 2026): LNA border guards Ubari→Ghat via Al-Awaynat, supply trucks Sabha→Ghat "
         "(shipment), a planned move to the Isayen crossing (no origin written), the Algerian army Illizi→Djanet, a "
         "conditional move to Al-Awaynat and a denied police pull-out Ghat airport→the town centre; the border with "
         "Algeria and the south-west are purposes, civil flights from Tripoli and Sabha and smugglers on the border are "
         "not movements; الغاتي, الجيش الجزائري and the Sabha military-region operations room are traps."),
 "jv3": ("Al-Masar, Al Qatrun (12 May 2026): an LNA column Sabha→Al Qatrun via Umm al-Aranib, its patrols' advance "
         "towards Tajarhi, its planned deployment at the Toummo crossing (the border phrase only locates it), police "
         "Sabha→Murzuq, a denied Chadian rebel build-up near Tajarhi and a conditional Nigerien move Dirkou→Madama; "
         "النيجر inside النيجري and تشاد inside التشادية, the elder القطروني, district شعبية مرزق beside the town."),
 "jv4": ("Al-Tanasuh, Brak (4 June 2026): an LNA reinforcement Brak air base→Idri retold by a resident, a denied Russian "
         "airlift Jufra base→Brak air base, a planned battalion Tamanhint→Brak and a GNU conditional force for Wadi "
         "al-Shati (Tripoli is only the ministry's seat, the Sharara field only a threatened closure); «ما ادري», "
         "سالم الإدريسي and حراك فزان are traps."),
 "jv5": ("Libya Al-Rasmiya, Ubari (7 July 2026; اوباري in the headline): gunmen of both sides massing in the town "
         "(mobilise), an LNA company Sharara field→Ubari, a local force's conditional pull-back Ubari→Al-Awaynat, a "
         "planned force Sabha→Ubari via Germa and Al-Ghurayfa and a denied arms shipment from the border with Algeria; "
         "families displaced to Idri and Sabha are civilians; «الشرارة الأولى» and إبراهيم الأوباري are traps, «في "
         "الحقل» is not a new mention."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("jv1", "jv2", "jv3", "jv4", "jv5")
