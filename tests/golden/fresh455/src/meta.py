# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "qatar": ("country", "QA", 25.36383, 51.13780, "Qatar"),                               # G
 # capitals and cities outside the south-west (datelines, origins, locators)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G* (row spelled ربات)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G* (row spelled عمان)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 # Fezzan
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                 # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 # Ghat area
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),                 # G* (town row)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "serdeles": ("town", "LY", 25.78123, 10.56133, "Al Awaynat (Serdeles)"),               # G* (Al Awaynat row)
 "barakat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                           # G* (row spelled البركات)
 "tahala": ("village", "LY", 24.80000, 10.22000, "Tahala"),                             # K
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "akakus": ("region", "LY", 24.83333, 10.33333, "Akakus Mountains"),                    # G* (row جبل أكاكوس)
 # Algerian side
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                  # G
 "tinalkoum": ("crossing", "DZ", 24.75000, 9.98000, "Tin Alkoum border post"),          # K
 # regions and border phrases
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "triangle": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G
 "south_dz": ("region", "DZ", 24.38530, 3.68071, "Southern Algeria"),                   # G* (row جنوب الجزائر)
 "border_lydz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),            # G
 "border_lyside": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "border_lyside_ghat": ("region", "LY", 24.90000, 10.05000, "Libya-Algeria border near Ghat (Libyan side)"),  # K
 "border_dzside": ("region", "DZ", 24.90000, 9.90000, "Algeria-Libya border near Djanet (Algerian side)"),  # K
}

TRAPS = {
 "qo1": ["الشعب", "الجيش الوطني الشعبي", "الليبية", "خليفة حفتر", "درع فزان", "المجلس الاجتماعي لطوارق ليبيا",
         "مبالغات", "الجزائرية", "وكالة الأنباء الجزائرية"],
 "qo2": ["الجريدة", "الجيش الوطني الليبي", "طارق بن زياد", "بلغات"],
 "qo3": ["هسبريس", "الجيش الوطني الليبي", "جزائرية", "الجيش الجزائري", "المغربي", "فراغات"],
 "qo4": ["الدستور", "الجيش الليبي", "الجيش الوطني الليبي", "فندق أكاكوس", "غرفة عمليات الجنوب الغربي",
         "المجلس الأعلى لطوارق ليبيا", "إبراهيم الأوباري"],
 "qo5": ["بوابة أفريقيا الإخبارية", "محمد الغاتي", "العقيد الغاتي", "قوة حماية غات"],
}

PHEN = {
 "qo1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "qo2": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "vague_area",
         "ambiguity_tripoli", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours"],
 "qo3": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "vague_area", "border_phrase",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qo4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_tripoli", "ambiguity_idri", "vague_area", "coverage_bases", "countries"],
 "qo5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, DZA = "Libyan National Army", "Algerian army"

MOVES = {
 "qo1": [
  mv("reinforce", "reported", DZA, ["ورقلة"], ["جانت"], ["إليزي"]),
  mv("deploy", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["غات"], ["أوباري"]),
  mv("deploy", "planned", LNA, [], ["منفذ إيسين"]),
  mv("reinforce", "conditional", DZA, [], ["ولاية إليزي"]),
  mv("withdraw", "denied", None, ["العوينات"], ["جانت"]),
 ],
 "qo2": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار غات"]),
  mv("deploy", "reported", LNA, [], ["عوينات", "تهالة"]),
  mv("redeploy", "planned", LNA, ["أوباري"], ["حقل الشرارة"]),
  mv("advance", "conditional", LNA, ["غات"], ["منفذ إيسين"]),
  mv("mobilise", "denied", None, ["جانت", "الجنوب الجزائري"], ["أوباري"]),
 ],
 "qo3": [
  mv("redeploy", "reported", LNA, ["حقل الشرارة"], ["العوينات", "البركت"]),
  mv("shipment", "reported", LNA, ["سبها"], ["غات"], ["وادي الحياة"]),
  mv("airlift", "reported", LNA, ["قاعدة الجفرة الجوية"], ["مطار غات"]),
  mv("withdraw", "planned", LNA, ["منفذ إيسين"], ["غات"]),
  mv("reinforce", "conditional", DZA, [], ["جانت"]),
  mv("advance", "denied", "Foreign fighters", ["مالي"], ["غات"], ["تهالة"]),
 ],
 "qo4": [
  mv("withdraw", "reported", LNA, ["اوباري"], ["جرمة"], ["الغريفة"]),
  mv("deploy", "reported", LNA, ["سبها"], ["اوباري"]),
  mv("redeploy", "planned", LNA, ["جرمة"], ["قاعدة تمنهنت الجوية"]),
  mv("advance", "conditional", LNA, [], ["أوباري"]),
  mv("reinforce", "denied", None, ["غات", "العوينات"], ["أوباري"]),
 ],
 "qo5": [
  mv("advance", "reported", LNA, ["العوينات"], ["تهالة"], ["غات"]),
  mv("shipment", "reported", LNA, ["قاعدة براك الجوية"], ["غات"], ["أوباري"]),
  mv("withdraw", "planned", LNA, ["مطار غات"], ["قاعدة تمنهنت الجوية"]),
  mv("deploy", "conditional", LNA, [], ["البركت"]),
  mv("mobilise", "denied", None, ["غات"], ["تهالة"]),
 ],
}

NOTES = {
 "qo1": "Algerian daily (Echaab, Algiers): Algerian reinforcement Ouargla->Djanet via Illizi (reported); the LNA column "
        "Tamanhint air base->Ghat via Ubari told as background (reported, also the headline); a planned LNA company at the "
        "Isayen crossing (Tin Alkoum only a locator); an Algerian reinforcement of Illizi province only «إلا إذا» fighting "
        "reaches Tahala (conditional; Tahala is the condition, not a movement place); a Tuareg council denies a pull-out "
        "Al Awaynat->Djanet. Reconnaissance sorties over the border from Djanet airport are not a movement. Dateline "
        "الجزائر = Algiers, closing الجزائر = the country.",
 "qo2": "Kuwaiti daily (Al-Jarida, Cairo dateline): an Il-76 air bridge Benina air base->Ghat airport (reported; «في بنغازي» "
        "locates Benina); drone sorties from the Jufra base over the Akakus (air support, not a movement); checkpoints set "
        "up at Al Awaynat (للعوينات) and Tahala (deploy, reported; the Libya-Algeria border only locates Tahala); a planned "
        "handover of Ubari's gates with the battalion moving Ubari->Sharara field (redeploy, planned); a conditional advance "
        "Ghat->Isayen crossing «إذا لم تلتزم»; Ubari's elders deny a Tuareg build-up in Ubari from Djanet and southern Algeria.",
 "qo3": "Moroccan news site (Hespress, Rabat), analysis style: two battalions Sharara field->Al Awaynat/Al Barakat (redeploy, "
        "reported); a fuel-and-ammunition convoy Sabha->Ghat via Wadi al Hayat (shipment); special forces flown Jufra air base->Ghat airport (airlift, reported); a planned pull-back Isayen "
        "crossing->Ghat after a handover to border guards; Algeria's conditional reinforcement of Djanet «إذا تأكد»; a Tuareg "
        "body denies fighters from Mali entering Ghat via Tahala. Fezzan, the border with Algeria and the border triangle are "
        "the operation's area, not movement places.",
 "qo4": "Jordanian daily (Al-Dustour, Amman dateline with agencies): an LNA pull-out from central Ubari to Germa via Al "
        "Ghurayfa under a truce (reported; headline and witnesses retell it); military police Sabha->Ubari (deploy, "
        "reported); a planned battalion move Germa->Tamanhint air base after the handover; a conditional return «ستعود إلى "
        "المدينة … إذا خُرقت الهدنة» (destination Ubari); the Supreme Council of Libya's Tuareg denies fighters from Ghat and Al "
        "Awaynat going to Ubari. Displaced families heading for Idri are civilians, not a movement; Qatar (2015 mediation), Sabha as a distance reference and Fezzan are not movement places.",
 "qo5": "Libyan news site (Afrigate News, Ghat dateline), local detail: an LNA battalion Al Awaynat (also «سردلس»)->Tahala "
        "via Ghat (advance, reported; the checkpoints «جنوب البلدة» are the same move); a fuel-and-ammunition convoy Brak "
        "air base->Ghat via Ubari (shipment); a planned pull-out of special forces Ghat airport->Tamanhint air base after a "
        "handover to a local force; a conditional company for Al Barakat «في حال» smuggling through the Akakus continues; "
        "Ghat's elders deny a «نفير» and a move Ghat->Tahala. The border with Algeria only locates Tahala; بلدية غات (an official's office) is the district beside the town.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qo1", "qo2", "qo3", "qo4", "qo5")
