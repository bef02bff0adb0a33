# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 # capitals and other cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 # gw1 Sirte-Jufra front
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 "jufra": ("district", "LY", 29.14, 16.05, "Al Jufra"),                                 # K (point between Hun and Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G* (row قاعدة القرضابية)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 # gw2 oil crescent
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا)
 "es_sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),           # G
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                      # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa Brega port"),              # G* (town row)
 "marada": ("town", "LY", 29.22054, 19.20454, "Maradah"),                               # G
 "benghazi_port": ("crossing", "LY", 32.098, 20.053, "Benghazi port"),                  # K
 # gw3 Algerian side / south-west
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "border_dz_ly": ("region", "DZ", 24.9, 9.85, "Algeria-Libya border (Algerian side)"),  # K
 "sw_libya": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G* (row الجنوب الغربي)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 # gw4 far south
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G (district row)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G (row تمسة)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G (row منفذ التوم)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),            # G* (row الحدود الليبية النيجرية)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # gw5 centre-west
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "qaryat": ("town", "LY", 30.38333, 13.58333, "Al Qaryat"),                             # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G* (row قاعدة الوطية)
 "warshafana": ("region", "LY", 32.51012, 13.02794, "Warshafana"),                      # G* (district row الجفارة)
}

TRAPS = {
 "gw1": ["الميادين", "الخبر", "غرفة عمليات تحرير سرت الجفرة", "سالم الطرابلسي", "زلة لسان", "الليبي"],
 "gw2": ["اليوم السابع", "الجيش الليبي", "الليبي", "ليبية", "المصري", "الأوروبية"],
 "gw3": ["الخبر", "إدريس بوعلام", "الليبي", "التشادية", "الجزائري"],
 "gw4": ["بي بي سي", "الجيش الوطني الليبي", "تشاديون", "التشادية", "جبهة الوفاق من أجل التغيير في تشاد",
         "إدريس محمد", "مالي"],
 "gw5": ["الشرق الأوسط", "مفتاح الغرياني", "كتيبة ثوار طرابلس", "طوفان الكرامة", "الليبية"],
}

PHEN = {
 "gw1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_bases"],
 "gw2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "coverage_oil",
         "coverage_neighbours", "countries"],
 "gw3": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital", "ambiguity_idri",
         "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "gw4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "gw5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "coverage_bases"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"
MOVES = {
 "gw1": [
  mv("reinforce", "reported", LNA, ["قاعدة الجفرة الجوية"], ["سرت"], ["ودان"]),
  mv("reinforce", "planned", GNA, ["مصراتة"], ["أبوقرين", "الوشكة"]),
  mv("naval_landing", "denied", "Misrata forces", ["مصراتة"], ["سرت"]),
  mv("withdraw", "conditional", LNA, ["قاعدة القرضابية الجوية"], ["زلة"]),
 ],
 "gw2": [
  mv("redeploy", "reported", LNA, ["ميناء السدرة"], ["اجدابيا"]),
  mv("shipment", "reported", LNA, ["بنغازي"], ["البريقة"]),
  mv("naval_landing", "planned", LNA, ["ميناء بنغازي"], ["ميناء البريقة"]),
  mv("withdraw", "denied", LNA, ["راس لانوف"], ["بنغازي"]),
  mv("advance", "conditional", "Egyptian army", [], ["سرت", "الجفرة"]),
 ],
 "gw3": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["جانت", "الحدود مع ليبيا"]),
  mv("airlift", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["مطار غات"]),
  mv("deploy", "planned", LNA, [], ["غات", "العوينات"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["إدري"]),
  mv("deploy", "conditional", "Algerian army", [], ["منفذ إيسين"]),
 ],
 "gw4": [
  mv("advance", "reported", LNA, ["سبها"], ["القطرون"], ["مرزق"]),
  mv("withdraw", "reported", "Chadian armed groups", ["أم الأرانب"], ["الحدود مع النيجر"]),
  mv("shipment", "planned", LNA, ["قاعدة براك الجوية"], ["تمسه"]),
  mv("deploy", "denied", "Chadian armed groups", [], ["تمسه"]),
  mv("redeploy", "conditional", LNA, ["مرزق", "أم الأرانب"], ["معبر التوم"]),
 ],
 "gw5": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["مزدة"], ["غريان"]),
  mv("shipment", "reported", GNA, ["قاعدة الوطية الجوية"], ["مزدة"]),
  mv("mobilise", "planned", "Zintan forces", [], ["الشويرف", "القريات"]),
  mv("airlift", "denied", LNA, ["قاعدة براك الجوية"], ["الشويرف"]),
  mv("withdraw", "conditional", "Misrata forces", ["بني وليد"], ["مصراته"]),
 ],
}

NOTES = {
 "gw1": "Al-Mayadeen-style report from Sirte: an LNA column Jufra air base→«40 km south of Sirte» via Waddan (destination "
        "= the anchor town Sirte; the Sirte–Jufra road only locates it), a planned GNA move Misrata→«midway between "
        "Abu Qurayn and Al-Washka» (both ends), a denied Misrata landing «25 km west of Sirte» (origin from «ميناء "
        "المدينة» = Misrata), a conditional LNA pull-back «30 km west of Gardabiya air base»→Zillah (Hun only locates "
        "Zillah). Traps: Al-Mayadeen, the Sirte–Jufra operations room, a colonel named al-Trabulsi, «زلة لسان».",
 "gw2": "Youm7-style report: LNA redeploy Es Sider port→«70 km south of Ajdabiya», a fuel/ammunition convoy Benghazi→the "
        "coastal road/Marada road junction «30 km west of Brega» (destination Brega; «طريق مرادة» is a road name), a "
        "planned marine landing Benghazi port→Brega port, a denied pull-out Ras Lanuf→Benghazi and Egypt's conditional "
        "advance «between Sirte and Jufra». Cairo is the speaker's place, not a movement place.",
 "gw3": "Al-Khabar (Algeria) from Illizi: an Algerian reinforcement Ouargla→«20 km east of Djanet, near the border with "
        "Libya», an LNA airlift Tamanhint air base→Ghat airport, a planned company «between Ghat and Al-Awaynat» (the "
        "road to Ubari and Sharara only locates it), a denied Chadian build-up «40 km east of Idri» and a conditional "
        "Algerian deployment on the strip opposite the Isayen crossing. Algiers vs Algeria; Idri vs the expert Idris; "
        "«الخبر» is also the Saudi city Al-Khobar.",
 "gw4": "BBC Arabic-style report: an LNA advance Sabha→«60 km north of Al Qatrun» via Murzuq, a Chadian rebel pull-out "
        "Umm al-Aranib→the Niger border, a planned convoy Brak air base→Tmassah (Umm al-Aranib only locates it), FACT's "
        "denied push «30 km south of Tmassah» and a conditional LNA move from the junction «between Murzuq and Umm "
        "al-Aranib» to the Toummo crossing (the Niger border there only locates Toummo).",
 "gw5": "Asharq Al-Awsat-style report from Tripoli: a GNA force Tripoli→«20 km south of Mizda» via Gharyan, an ammunition "
        "shipment Al-Watiya air base→its positions south of Mizda, a planned Zintan build-up «between Ash Shwayrif and "
        "Al-Qaryat», a denied LNA airlift Brak air base→a strip «50 km east of Ash Shwayrif» and a conditional Misrata "
        "pull-back from the gate «30 km north of Bani Walid» to Misrata. The Mizda–Shwayrif road is a purpose, not a "
        "destination; Tunis is the JMC venue.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("gw1", "gw2", "gw3", "gw4", "gw5")
