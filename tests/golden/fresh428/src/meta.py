# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and foreign places
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G (city row)
 "illizi": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                    # G (district row)
 "border_dz": ("region", "DZ", 26.90, 9.75, "Algeria-Libya border (Algerian side, Illizi)"),  # K
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                # G* (row الحدود الليبية التشادية)
 # Fezzan
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "tayouri": ("town", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),                   # G
 "hajara": ("town", "LY", 27.03766, 14.42832, "Hajara (Sabha)"),                        # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G (row جنوب ليبيا)
 # Jufra and the LNA's bases
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row, README: Jufra area = point near Hun)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 # Bani Walid and the hills
 "bani_walid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                        # G
 "bw_mun": ("district", "LY", 31.74554, 13.98354, "Bani Walid municipality"),           # G* (town row)
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # Zliten and the central coast
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "zliten_mun": ("district", "LY", 32.46739, 14.56874, "Zliten municipality"),           # G* (city row)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_port": ("crossing", "LY", 32.3650, 15.2150, "Misrata port (Qasr Ahmed)"),     # K
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khums_port": ("crossing", "LY", 32.6580, 14.2790, "Al Khums port"),                   # K
 "kaam": ("town", "LY", 32.5600, 14.4200, "Kaam"),                                      # K
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                  # G
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                           # G
}

LNA, GNA, MIS = "Libyan National Army", "GNA forces", "Misrata forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "pn1": ["فتبينوا", "غدوة تشوفوا", "سبها الآن", "عبد السلام السبهاوي", "الكتيبة 116 مشاة", "الجيش الوطني الليبي",
         "المهدي الإدريسي"],
 "pn2": ["سرت شائعات", "ألف نسمة", "رصيف22", "قبائل ورفلة", "المجلس العسكري مصراتة", "الجيش الوطني الليبي",
         "سالم الترهوني"],
 "pn3": ["بوابة إفريقيا الإخبارية", "السنوات الخمس", "مفتاح الزليتني", "زليتن 24", "المنطقة العسكرية الوسطى",
         "اللواء 444 قتال", "المجلس العسكري مصراتة"],
 "pn4": ["المشهد", "لا ادري", "لواء طارق بن زياد", "المجموعات التشادية", "ريا نوفوستي", "عمر البراكي"],
 "pn5": ["متصدقش", "تشادية", "التشاديين", "تركية", "الجيش الوطني الليبي", "اللواء 444 قتال", "المجلس العسكري الزنتان"],
}

PHEN = {
 "pn1": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "operation_trap", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil", "coverage_neighbours"],
 "pn2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_tripoli", "town_vs_district"],
 "pn3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_tripoli", "town_vs_district", "coverage_crossings"],
 "pn4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "pn5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}

MOVES = {
 "pn1": [
  mv("withdraw", "denied", LNA, ["سبها"], ["إدري"]),
  mv("deploy", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["حقل الشرارة"]),
  mv("redeploy", "reported", LNA, ["مطار سبها"], ["الطيوري"]),
  mv("deploy", "planned", LNA, [], ["غدوة"]),
  mv("reinforce", "conditional", LNA, ["قاعدة تمنهنت الجوية"], ["حجارة"]),
 ],
 "pn2": [
  mv("advance", "denied", MIS, ["مصراتة"], ["بني وليد"]),
  mv("deploy", "reported", GNA, ["ترهونة"], ["بني وليد"]),
  mv("shipment", "reported", GNA, ["ترهونة"], ["بني وليد"]),
  mv("withdraw", "planned", GNA, ["بني وليد"], ["ترهونة"]),
  mv("advance", "conditional", LNA, ["الشويرف"], ["بني وليد"]),
 ],
 "pn3": [
  mv("redeploy", "reported", MIS, ["مصراتة"], ["ميناء الخمس"], ["زليتن", "كعام"]),
  mv("advance", "denied", GNA, ["القره بوللي"], ["زليتن"]),
  mv("shipment", "denied", None, ["مصراتة"], ["زليتن"]),
  mv("withdraw", "planned", MIS, ["الدافنية"], ["مصراتة"]),
  mv("deploy", "conditional", GNA, ["طرابلس"], ["زليتن"]),
 ],
 "pn4": [
  mv("reinforce", "reported", LNA, ["قاعدة الجفرة الجوية"], ["سبها"], ["سوكنة"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار سبها"]),
  mv("deploy", "planned", LNA, [], ["حقل الفيل"]),
  mv("advance", "conditional", LNA, [], ["أم الأرانب"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة براك الجوية"], ["الجفرة"]),
 ],
 "pn5": [
  mv("advance", "denied", "Chadian armed groups", ["أم الأرانب"], ["سبها"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["سبها"]),
  mv("mobilise", "denied", "Zintan forces", [], ["مزدة"]),
  mv("mobilise", "reported", GNA, [], ["ترهونة"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["زليتن"]),
  mv("naval_landing", "reported", "Turkish armed forces", [], ["ميناء مصراتة"]),
  mv("deploy", "conditional", MIS, ["مصراتة"], ["زليتن"]),
 ],
}

NOTES = {
 "pn1": ("Fatabyyano-style fact-check of a Sabha clip: dialect posts («طلع من سبها وماشين لإدري», «غدوة تشوفوا») and the "
         "claim give one denied LNA withdrawal Sabha→Idri; the clip's real 2024 column Tamanhint air base→Sharara is a "
         "reported (flashback) deploy; the spokesman's company Sabha airport→Al-Tayouri is a reported redeploy, the company "
         "for Ghuddwa planned (Murzuq is the road's purpose, not a destination) and the Tamanhint reinforcement for Hajara "
         "conditional («لن تُدفع … إلا إذا»). Tunis (account location), Fezzan and Wadi al-Shati are places but not "
         "movement places; «غدوة» (tomorrow), «سبها الآن», «السبهاوي», «الإدريسي» are traps."),
 "pn2": ("Raseef22-style feature on a night of rumours in Bani Walid: the posts' «أرتال مصراتة نازلة لبنيوليد» is one "
         "Misrata advance, denied by the Misrata military council; a GNU force Tarhuna→Bani Walid (reported deploy, "
         "«المدخل الشمالي للمدينة» resolved to Bani Walid) and its ammunition trucks (reported shipment); the announced return "
         "to Tarhuna is a planned withdrawal; the LNA's «لن تتحرك … إلا إذا» from Ash Shwayrif is a conditional advance. "
         "Tripoli/Benghazi only frame the town's neutrality. «سرت شائعات» (Sirte), «ألف نسمة», «ورفلة» are traps."),
 "pn3": ("Afrigate-style Zliten roundup: the posts' column «من مصراته … ماشية للخمس» and the source's Misrata→Al-Khums port via "
         "Zliten and Kaam are one reported redeploy (destination given as the port only); the 444 Brigade entry from "
         "Garabulli and the «ammunition from Misrata» trucks are denied (the trucks carried fuel; no owner named, actor "
         "null); Misrata's checkpoint Dafniya→Misrata is a planned withdrawal and the GNU force Tripoli→Zliten «في حال» "
         "conditional. «للخمس» gives the surface خمس; «السنوات الخمس» is a trap."),
 "pn4": ("Al-Mashhad-style southern roundup: the posts' «طلعت من الجفرة … كملوا لسبها» and the source's column Jufra air "
         "base→Sabha via Sokna are one reported reinforcement; a cargo flight Benina air base→Sabha airport is a reported "
         "airlift; a company for the El Feel field is planned; the advance on Umm al-Aranib is conditional («إذا»); the "
         "Russian pull-out Brak air base→Jufra (posts, incl. «طلعوا من براك») is denied. The Chad border phrase only locates "
         "the factions. «لا ادري», «البراكي», «المشهد», «ريا نوفوستي» are traps."),
 "pn5": ("Matsada2sh-style check of three clips: the Chadian «أرتال … من أم الأرانب وخشوا سبها» is denied (the clip is an "
         "Illizi parade, not a movement); the LNA company flown Benina air base→Sabha («ستنقل إليها») is a planned airlift; Zintan's «لمّوا رجالهم في مزدة» "
         "is a denied mobilisation (its «لن تتحرك إلا إذا» names no place, so no movement) while the clip's real 444 Brigade "
         "massing in Tarhuna is a reported mobilisation; the «بوارج تركية لزليتن» landing is denied and the clip's 2020 Turkish "
         "landing at Misrata port reported; the Misrata joint force's offer to send a company to Zliten «إذا» is conditional."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("pn1", "pn2", "pn3", "pn4", "pn5")
