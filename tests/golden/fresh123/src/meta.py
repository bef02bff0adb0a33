# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # capitals and cities outside Libya
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G* (row الجزائر, city)
 # Jufra
 "jufra": ("district", "LY", 29.14, 16.05, "Al Jufra"),                                 # K (README: point near Hun/Waddan)
 "jufra_mun": ("district", "LY", 29.12684, 15.94772, "Al Jufra municipality"),          # G* (Hun town row)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sukna"),                                  # G
 "zella": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                 # G
 "fuqaha": ("town", "LY", 27.83333, 16.35000, "Al-Fuqaha"),                             # G
 "haruj": ("region", "LY", 27.25000, 17.50000, "Al Haruj"),                             # G
 "central_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                   # G
 # east and the oil crescent
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "marada": ("town", "LY", 29.22054, 19.20454, "Maradah"),                               # G
 "zelten": ("oilfield", "LY", 28.58710, 19.30340, "Zelten oil field"),                  # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 # Sirte and the central coast
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_port": ("crossing", "LY", 31.215, 16.585, "Sirte port"),                        # K
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_port": ("crossing", "LY", 32.365, 15.215, "Misrata port"),                    # K
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "bunjem": ("town", "LY", 30.58000, 15.41000, "Bu Njem"),                               # G
 # west
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 # Fezzan
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),             # G* (Sabha city row)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
}

LNA, GNA = "Libyan National Army", "GNA forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "du1": ["بوابة إفريقيا الإخبارية", "الجيش الوطني الليبي", "الهوني", "لا أدري", "يهون"],
 "du2": ["قناة النبأ", "غرفة عمليات تحرير سرت والجفرة", "المجلس الاجتماعي لقبائل ورفلة", "الساحل"],
 "du3": ["اليوم السابع", "الجيش الليبي", "الجيش الوطني الليبي", "تشادية"],
 "du4": ["DW عربية", "الجيش الوطني الليبي", "الروسية"],
 "du5": ["فواصل", "الجيش الوطني الليبي", "سودانيين", "زلة لسان", "علي الوداني"],
}

PHEN = {
 "du1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "ambiguity_idri",
         "nisba", "vague_area", "town_vs_district", "coverage_bases"],
 "du2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "ambiguity_tripoli",
         "vague_area", "coverage_bases", "coverage_crossings"],
 "du3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_idri", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "du4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "du5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
}

MOVES = {
 "du1": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة الجفرة الجوية"]),
  mv("withdraw", "reported", LNA, ["قاعدة الجفرة الجوية"], ["أجدابيا"], ["زلة", "مرادة"]),
  mv("deploy", "planned", LNA, [], ["ودان", "سوكنة"]),
  mv("reinforce", "conditional", LNA, ["سرت"], ["هون"]),
  mv("withdraw", "denied", LNA, ["الفقهاء"], []),
 ],
 "du2": [
  mv("reinforce", "reported", GNA, ["مصراتة"], ["أبو قرين"], ["تاورغاء"]),
  mv("advance", "conditional", GNA, ["أبو قرين"], ["بونجيم", "ودّان"]),
  mv("naval_landing", "conditional", GNA, ["ميناء مصراتة"], ["سرت"]),
  mv("mobilise", "reported", GNA, ["ترهونة", "طرابلس"], ["بني وليد"]),
  mv("advance", "planned", GNA, ["بني وليد"], ["سوكنه"], ["الشويرف"]),
  mv("withdraw", "denied", GNA, ["الوشكة"], []),
 ],
 "du3": [
  mv("reinforce", "reported", LNA, ["قاعدة الجفرة الجوية"], ["قاعدة تمنهنت"], ["سوكنة"]),
  mv("shipment", "reported", LNA, ["هون"], ["سبها"]),
  mv("deploy", "planned", LNA, [], ["مرزق", "القطرون", "منفذ التوم"]),
  mv("reinforce", "conditional", LNA, [], ["إدري"]),
  mv("deploy", "denied", LNA, [], ["سبها"]),
 ],
 "du4": [
  mv("reinforce", "reported", LNA, ["هون"], ["قاعدة القرضابية"], ["ودان"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة"], ["قاعدة القرضابية"]),
  mv("naval_landing", "planned", LNA, ["بنغازي"], ["ميناء سرت"]),
  mv("withdraw", "conditional", "Misrata forces", ["الوشكة", "بويرات الحسون"], []),
  mv("redeploy", "denied", LNA, ["راس لانوف"], ["الجفرة"]),
 ],
 "du5": [
  mv("mobilise", "denied", LNA, [], ["ودان"]),
  mv("redeploy", "denied", "Sudanese armed groups", ["قاعدة الجفرة الجوية"], ["الحدود مع تشاد"]),
  mv("deploy", "reported", LNA, ["هون"], ["زلة"]),
  mv("shipment", "planned", LNA, ["بنغازي"], ["هون"], ["أجدابيا", "زلة"]),
  mv("deploy", "conditional", LNA, [], ["بونجيم"]),
 ],
}

NOTES = {
 "du1": "LNA garrison rotation at the Jufra air base (Afrigate News, Hun): an Il-76 airlift Benina air base→Jufra base "
        "(Benghazi only locates Benina), the outgoing battalion's pull-out base→Ajdabiya via Zella and Marada (origin by "
        "anaphora «غادرت القاعدة»), a planned company for Waddan and Sokna, a conditional Sirte→Hun reinforcement (إذا) and "
        "the Jufra mayor's denial of a pull-out from Al-Fuqaha; traps الهوني (inside it هون), «يهون», «لا أدري».",
 "du2": "GNA threats from Abu Qurayn and Bani Walid (Al-Nabaa TV, Misrata): a Misrata→Abu Qurayn reinforcement via "
        "Tawergha, a conditional advance Abu Qurayn→Bu Njem/Waddan and a conditional landing Misrata port→Sirte "
        "(«لم يستبعد … إذا»), the 444 Brigade massing at Bani Walid from Tarhuna and Tripoli, its planned push Bani "
        "Walid→Sokna via Ash Shwayrif (Jufra and Sabha are the purpose, not destinations) and a denied pull-out from "
        "Al-Washka; the headline «التقدم نحو الجفرة» is the conditional advance told again.",
 "du3": "Jufra–Sabha road (Youm7, Cairo): an LNA column Jufra air base→Tamanhint base via Sokna, 25 fuel/ammunition "
        "trucks Hun→Sabha (shipment), a planned move on to Murzuq, Al Qatrun and the Toummo crossing (the Niger border "
        "phrase only locates Toummo), a conditional company for Idri (Wadi al-Shati only locates it) and the Sabha "
        "mayor's denial that the force entered Sabha; Cairo, Egypt, Libya and Algiers are not movement places.",
 "du4": "Jufra–Sirte road (DW Arabic, Tunis): an LNA column Hun→Gardabiya base via Waddan, a Russian Il-76 Jufra "
        "base→Gardabiya («القاعدة نفسها»), a planned sea move Benghazi→Sirte port, Misrata's conditional pull-back from "
        "Al-Washka and Buwairat al-Hassoun («بشرط») and the LNA's denied Ras Lanuf→Jufra redeployment; Tunis dateline "
        "(city) vs «تونس والجزائر … البلدان» (countries).",
 "du5": "Denials from the Jufra municipality (Fawasel, Waddan): a denied LNA build-up in Waddan (also the headline «حشد "
        "ودان») and a denied transfer of Sudanese fighters Jufra air base→the Chad border, a reported company Hun→Zella "
        "(the Zelten field is the purpose), a planned armour shipment Benghazi→Hun via Ajdabiya and Zella, and a "
        "conditional LNA deployment at Bu Njem (the Waddan–Abu Qurayn road closure is not a movement); traps «زلة لسان», "
        "علي الوداني, سودانيين.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("du1", "du2", "du3", "du4", "du5")
