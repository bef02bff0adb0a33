# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                              # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                 # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                         # G (row قاعدة بنينا الجوية)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                      # G
 # mn1 Fezzan (LNA southern operations commander)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                    # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                   # G (row قاعدة تمنهنت)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                    # G (row أوباري)
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                          # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),               # G (row حقل الشرارة)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),              # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),                # G* (row الحدود الليبية الجزائرية)
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),                 # G* (town row)
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                       # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                      # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                      # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                      # G* (row جنوب ليبيا)
 # mn2 west coast (GNA Western Region commander)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),         # G* (row منفذ رأس جدير)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                 # G
 "zuwara_port": ("crossing", "LY", 32.922, 12.120, "Zuwara port"),                        # K
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                  # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                               # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                               # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                              # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                      # G (row قاعدة الوطية)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                    # G
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),         # G (row منفذ وازن)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),               # G* (row الحدود الليبية التونسية)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                         # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                    # G
 # mn3 Algerian side (4th military region commander)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                   # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                                # G (gazetteer kind kept)
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                 # G
 "border_dz_ly": ("region", "DZ", 28.30, 9.80, "Algeria-Libya border (Algerian side)"),   # K
 "illizi_prov": ("district", "DZ", 26.97285, 7.86520, "Illizi province"),                 # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                   # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                              # G (row عين أميناس)
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                         # G
 "djanet_ap": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),          # G
 "tigu": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),                # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                               # G
 "bod": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),                            # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                 # G
 # mn4 Misrata and the Sirte line (Misrata forces axis commander)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                           # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                  # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                              # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                               # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                    # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                  # G
 "misrata_port": ("crossing", "LY", 32.36, 15.22, "Misrata port (Qasr Ahmed)"),          # K
 # mn5 Kufra and the south-east (LNA Kufra military zone commander)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                    # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),       # G* (row مثلث العوينات)
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                                # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),                 # G* (row الحدود الليبية السودانية)
 "kufra_ap": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                      # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                 # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                    # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                 # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                  # G
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                              # K
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                # G
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, MIS, DZA = "Libyan National Army", "GNA forces", "Misrata forces", "Algerian army"

MOVES = {
 "mn1": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا"], ["قاعدة تمنهنت الجوية"]),
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["اوباري"], ["الغريفة"]),
  mv("withdraw", "denied", LNA, ["الشرارة"], ["سبها"]),
  mv("deploy", "planned", LNA, [], ["غات", "منفذ إيسين"]),
  mv("advance", "conditional", LNA, ["براك"], ["إدري"]),
  mv("shipment", "reported", LNA, ["سبها"], ["اوباري"]),
 ],
 "mn2": [
  mv("naval_landing", "reported", GNA, ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("deploy", "reported", GNA, ["ميناء زوارة"], ["معبر رأس اجدير"]),
  mv("withdraw", "denied", GNA, ["رأس اجدير"], ["الجميل"]),
  mv("reinforce", "conditional", GNA, ["الزاوية", "صبراتة"], ["معبر رأس اجدير"]),
  mv("redeploy", "planned", GNA, ["قاعدة الوطية"], ["نالوت", "منفذ وازن"]),
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان"]),
 ],
 "mn3": [
  mv("reinforce", "reported", DZA, ["ورقلة"], ["الدبداب"], ["عين أمناس"]),
  mv("airlift", "reported", DZA, ["تمنراست"], ["مطار جانت"]),
  mv("withdraw", "denied", DZA, ["الدبداب"], ["إليزي"]),
  mv("deploy", "planned", DZA, [], ["برج عمر إدريس"]),
  mv("mobilise", "conditional", DZA, [], ["جانت"]),
 ],
 "mn4": [
  mv("mobilise", "reported", MIS, ["مصراتة", "زليتن"], ["أبوقرين"], ["تاورغاء"]),
  mv("advance", "reported", MIS, ["أبوقرين"], ["الوشكة"]),
  mv("reinforce", "reported", LNA, ["قاعدة الجفرة الجوية"], ["سرت"], ["ودان"]),
  mv("redeploy", "planned", MIS, ["طرابلس"], ["الوشكة"]),
  mv("withdraw", "denied", MIS, ["أبوقرين"], ["تاورغاء"]),
  mv("naval_landing", "conditional", MIS, ["ميناء مصراتة"], ["سرت"]),
 ],
 "mn5": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("shipment", "reported", LNA, ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("advance", "denied", "Sudanese armed groups", ["المالحة"], ["الكفرة"]),
  mv("deploy", "planned", LNA, [], ["جبل العوينات"]),
  mv("withdraw", "conditional", LNA, ["ربيانة"], ["تازربو"]),
 ],
}

TRAPS = {
 "mn1": ["خالد الإدريسي", "التشادية"],
 "mn2": ["الزنتاني", "قوة حماية طرابلس", "من هذه الزاوية", "التونسي"],
 "mn3": ["وكالة الأنباء الجزائرية", "الليبية"],
 "mn4": ["السرتي", "شارع طرابلس", "قناة مصراتة", "غرفة عمليات سرت الجفرة", "ما ادري", "الجيش الوطني الليبي"],
 "mn5": ["المغربي", "قناة ليبيا الحدث", "الجيش الوطني الليبي", "قوات الدعم السريع", "السودانية", "السودانيين",
         "تشادية"],
}

PHEN = {
 "mn1": ["clitics", "spelling", "multiword", "person_trap", "nisba", "ambiguity_idri", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "mn2": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "mn3": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_idri", "ambiguity_country_capital",
         "border_phrase", "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
 "mn4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_tripoli", "ambiguity_idri", "coverage_bases"],
 "mn5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
}

NOTES = {
 "mn1": "Al-Majalla interview with the LNA southern operations commander at Tamanhint: first-person airlift "
        "Benina→Tamanhint («إلى هنا» = the base) and reinforcement Tamanhint→Ubari via Al-Ghurayfa, a denied pull-out "
        "Sharara→Sabha, a planned deployment to Ghat and the Isayen crossing, a conditional advance Brak→Idri, and the "
        "spokesman's reported fuel/ammunition convoy Sabha→Ubari; the Algerian border phrase is a locator.",
 "mn2": "BBC News Arabic interview on the Zuwara port quay with the GNA Western Region commander: a naval landing "
        "Abu Sitta→Zuwara port («إلى هنا»), the company's deployment port→Ras Ajdir, a denied pull-out to Al-Jumayl, a "
        "conditional reinforcement from Zawiya and Sabratha «إلى المعبر», a planned redeploy Al-Watiya→Nalut/Wazin, "
        "and the journalist's Tunisian reinforcement Medenine→Ben Gardane; Tunis is only the statement's venue.",
 "mn3": "Ennahar rides with the Algerian 4th military region commander: reinforcements Ouargla→Debdeb via In "
        "Amenas and a helicopter airlift Tamanrasset→Djanet airport (reported), a denied pull-out Debdeb→Illizi, a "
        "planned battalion in Bordj Omar Driss, a conditional build-up in Djanet if Ghat deteriorates; the commander's "
        "own inspection tour from Ouargla, Ghat, Ghadames and Algiers are not movement places.",
 "mn4": "Sputnik Arabic interview with a Misrata axis commander at Abu Qurayn: a reported build-up from Misrata and "
        "Zliten via Tawergha («هنا» = Abu Qurayn), a reported advance to Al-Washka, the journalist's LNA reinforcement "
        "Jufra air base→Sirte via Waddan, a planned redeploy Tripoli→Al-Washka, a denied pull-out to Tawergha and a "
        "conditional sea landing Misrata port→Sirte; Tripoli Street (Misrata), «ما ادري» and Misrata TV are traps.",
 "mn5": "Al-Shorouk interview with the LNA Kufra military zone commander: a reported airlift Benina→Kufra airport "
        "and fuel convoy Kufra→Maaten al-Sarra, a denied RSF column Al Malha→Kufra, a planned company for Jebel "
        "Uweinat and a conditional company move Rebiana→Tazirbu («لن نسحب… إلا إذا… حينها سنعيد»); Cairo is a "
        "metonym, the journalist's airport-to-HQ drive is not a movement.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("mn1", "mn2", "mn3", "mn4", "mn5")
