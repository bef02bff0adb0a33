# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 # regions
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),      # G* row الحدود الليبية النيجرية
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),     # G* row الحدود الليبية الجزائرية
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),    # G* row الحدود الليبية التونسية
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* row جنوب ليبيا (grep الجنوب الليبي)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "south_west_ly": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),           # G
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"), # G (region row)
 # ki1 Sabha and the Fezzan
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),              # G* (city row)
 "tamanhint": ("town", "LY", 27.24010, 14.65630, "Tamanhint"),                           # G* (air base row)
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),             # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "jufra": ("district", "LY", 29.12, 15.95, "Al Jufra"),                                  # K (point at Hun, README rule)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 # ki2 Ubari, Ghat and the Algerian side
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),             # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                               # G
 # ki3 Zintan and the Western Mountain
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "zintan_mun": ("district", "LY", 31.93155, 12.25291, "Zintan municipality"),            # G* (town row)
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                              # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G (row قاعدة الوطية)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),              # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                 # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 # ki4 Misrata
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                          # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                             # G
 "misrata_port": ("crossing", "LY", 32.36, 15.21, "Misrata port (Qasr Ahmad)"),          # K
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                 # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 "bani_walid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 # ki5 Tripoli
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                  # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                 # G
 "tekbali": ("base", "LY", 32.88743, 13.18733, "Tekbali Camp (Tripoli)"),                # G (the row carries the Tripoli city point)
 "souq_jumaa": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                     # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G (row منفذ رأس جدير)
 "tripoli_port": ("crossing", "LY", 32.90, 13.18, "Port of Tripoli"),                    # K
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                           # G
}

TRAPS = {
 "ki1": ["سبها الآن", "علي السبهاوي", "الشرارة الأولى"],
 "ki2": ["قورينا", "ما ادري"],
 "ki3": ["المجلس العسكري الزنتان", "عبد الله الزنتاني"],
 "ki4": ["قناة مصراتة", "المجلس العسكري مصراتة", "عملية البنيان المرصوص", "شارع طرابلس"],
 "ki5": ["محمود الطرابلسي", "قوة حماية طرابلس"],
}

PHEN = {
 "ki1": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
 "ki2": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ki3": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ki4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli"],
 "ki5": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "coverage_bases", "coverage_crossings"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, MIS, ZIN = "Libyan National Army", "GNA forces", "Misrata forces", "Zintan forces"

MOVES = {
 "ki1": [
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["سبها"]),
  mv("airlift", "reported", LNA, ["بنغازي"], ["قاعدة تمنهنت الجوية"]),
  mv("deploy", "planned", LNA, [], ["حقل الشرارة"]),
  mv("withdraw", "denied", LNA, ["قاعدة براك الجوية", "إدري"], ["الجفرة"]),
  mv("advance", "conditional", LNA, [], ["القطرون", "أم الأرانب"]),
 ],
 "ki2": [
  mv("redeploy", "reported", LNA, ["حقل الشرارة"], ["أوباري"]),
  mv("deploy", "reported", LNA, ["أوباري"], ["منفذ إيسين"], ["غات"]),
  mv("shipment", "planned", LNA, ["سبها"], ["أوباري"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["أوباري"]),
  mv("reinforce", "conditional", "Algerian army", ["إليزي"], ["جانت"]),
 ],
 "ki3": [
  mv("mobilise", "reported", ZIN, [], ["الزنتان"]),
  mv("advance", "planned", ZIN, [], ["الأصابعة"]),
  mv("withdraw", "denied", ZIN, ["قاعدة الوطية"], ["الزنتان"]),
  mv("airlift", "conditional", GNA, ["مطار معيتيقة"], ["الزنتان"]),
  mv("reinforce", "reported", "Tunisian army", [], ["الذهيبة"]),
 ],
 "ki4": [
  mv("advance", "reported", MIS, ["مصراتة"], ["أبوقرين"], ["تاورغاء"]),
  mv("naval_landing", "reported", "Turkish armed forces", ["مرسين"], ["ميناء مصراتة"]),
  mv("shipment", "planned", MIS, ["مصراته"], ["بوقرين"]),
  mv("reinforce", "denied", MIS, [], ["طرابلس"]),
  mv("withdraw", "conditional", MIS, ["أبوقرين"], ["مصراتة"]),
 ],
 "ki5": [
  mv("deploy", "reported", GNA, ["معسكر التكبالي"], ["تاجوراء"]),
  mv("withdraw", "reported", GNA, ["مطار معيتيقة"], ["سوق الجمعة"]),
  mv("redeploy", "planned", GNA, ["طرابلس"], ["منفذ رأس اجدير"]),
  mv("naval_landing", "denied", MIS, ["مصراتة"], ["ميناء طرابلس"]),
  mv("mobilise", "conditional", ZIN, [], ["العزيزية"]),
 ],
}

NOTES = {
 "ki1": "Fawasel-style report from Sabha built on residents' and officers' Facebook posts in Libyan dialect: an LNA "
        "reinforcement Tamanhint air base→Sabha and the Benghazi→Tamanhint cargo flights before it (reported), a "
        "company for the Sharara field («بنطلعوا للشرارة», planned), a denied pull-out from Brak air base and Idri "
        "towards Jufra, and a conditional push to Al Qatrun and Umm al-Aranib near the Niger border. Traps: the page "
        "«سبها الآن», the elder علي السبهاوي, «الشرارة الأولى».",
 "ki2": "Quryna-style report from Ubari with a Tuareg notable's post, a Tebu elder's voice note and a youth's comment: "
        "the Sharara guard battalion back into Ubari (redeploy, reported), a company Ubari→Isayen crossing via Ghat "
        "(reported), a fuel-and-ammunition shipment Sabha→Ubari (planned), a denied Chadian build-up around Ubari "
        "(«والله ما ادري…») and Algeria's conditional reinforcement Illizi→Djanet (Algiers press).",
 "ki3": "Raseef22-style feature from Zintan on Facebook as an operations room: Zintan forces massing in the town "
        "(reported), a move on Al-Asabaa after Friday prayers (planned, «بيتحركوا»), a denied pull-out from Al-Watiya "
        "towards the town, a GNA separation force to be flown Mitiga→Zintan if mediation fails (conditional) and a "
        "Tunisian reinforcement at Dehiba facing the Wazin crossing (reported).",
 "ki4": "Elaph-style report from Misrata where fighters' posts run ahead of the military council: a column "
        "Misrata→Abu Qurayn via Tawergha («الجماعة في بوقرين», reported), a Turkish landing ship from Mersin at Misrata "
        "port (reported), an ammunition shipment «من مصراته لجماعتنا في بوقرين» (planned), a denied reinforcement of "
        "Tripoli and a conditional pull-back Abu Qurayn→Misrata. Tripoli Street in Misrata is a trap.",
 "ki5": "Al-Modon-style piece (Beirut outlet) on Tripoli residents filming the brigades, with a nod to Tripoli in "
        "Lebanon: the 444 Brigade Tekbali camp→Tajura (deploy, reported), a Radaa force Mitiga airport→Souq al-Jumaa "
        "(withdraw, reported), an Interior Ministry force Tripoli→Ras Ajdir (redeploy, planned), a denied Misrata "
        "landing at Tripoli port and Zintan's conditional massing at Al-Aziziyah («كان حد قرّب»).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ki1", "ki2", "ki3", "ki4", "ki5")
