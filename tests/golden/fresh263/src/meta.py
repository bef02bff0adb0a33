# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 # capitals and cities outside Libya
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # je1 Sabha, Ubari, Ghat
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                   # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),            # G* (row قاعدة تمنهنت)
 "tamanhint": ("town", "LY", 27.24010, 14.65630, "Tamanhint"),                          # G* (base row, as town)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),              # G* (row الحدود الليبية الجزائرية)
 # je2 Misrata, Abu Qurayn, Sirte
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "gardabiya_base": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),             # G* (row قاعدة القرضابية)
 "misrata_port": ("crossing", "LY", 32.3560, 15.2130, "Misrata port (Qasr Ahmad)"),    # K
 "sirte_port": ("crossing", "LY", 31.2150, 16.5750, "Sirte port"),                      # K
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 # je3 Ash Shwayrif, Bani Walid, Mizda
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row, as district)
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 # je4 Al Qatrun and the Chad/Niger borders
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G
 "ummaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G* (row كوري بوقودي)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 # je5 Syrian fighters: Jufra, Brak, Benina
 "southwest_ly": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),           # G* (row الجنوب الغربي)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                   # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 "homs": ("city", "SY", 34.7324, 36.7137, "Homs"),                                      # K
}

LNA, MIS, GNA, CHAD, SYR, TUR = ("Libyan National Army", "Misrata forces", "GNA forces", "Chadian armed groups",
                                 "Syrian mercenaries", "Turkish armed forces")


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "je1": ["ليبية", "شبكة أخبار فزان", "الجيش الوطني الليبي", "وكالة الأنباء الجزائرية", "غرفة عمليات الجنوب الغربي",
         "عبد السلام الأوباري", "مبالغات"],
 "je2": ["إرم نيوز", "المجلس العسكري مصراتة", "محمد السرتي", "ليبيا الأحرار", "شارع طرابلس", "الجيش الوطني الليبي"],
 "je3": ["الجزيرة نت", "مفتاح الشويرفي", "ورفلة", "شبكة الجزيرة", "مرهون"],
 "je4": ["تشاديون", "الحكومة التشادية", "الجيش التشادي", "اللواء طارق بن زياد",
         "جبهة الوفاق من أجل التغيير في تشاد", "محمد القطروني"],
 "je5": ["لهجات سورية", "أبو خالد الحمصي", "ما ادري", "اللبنانية", "السوريين", "وزارة الدفاع السورية"],
}

PHEN = {
 "je1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_oil",
         "coverage_neighbours", "countries", "ambiguity_country_capital", "ambiguity_idri"],
 "je2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "coverage_bases", "coverage_crossings", "ambiguity_tripoli", "ambiguity_country_capital"],
 "je3": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap"],
 "je4": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "je5": ["clitics", "multiword", "person_trap", "common_word_trap", "nisba", "vague_area", "coverage_bases",
         "coverage_oil", "countries", "ambiguity_tripoli", "ambiguity_idri"],
}

MOVES = {
 "je1": [
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["سبها"]),
  mv("redeploy", "denied", LNA, ["سبها"], ["غات"], ["أوباري"]),
  mv("deploy", "planned", LNA, [], ["العوينات"]),
  mv("reinforce", "conditional", LNA, [], ["منفذ إيسين"]),
  mv("shipment", "reported", LNA, [], ["حقل الشرارة"], ["أوباري"]),
 ],
 "je2": [
  mv("reinforce", "reported", MIS, ["مصراتة"], ["أبو قرين"], ["تاورغاء"]),
  mv("advance", "denied", MIS, [], ["سرت", "الوشكة"]),
  mv("withdraw", "planned", MIS, ["أبوقرين"], ["مصراتة"]),
  mv("naval_landing", "reported", TUR, [], ["ميناء مصراتة"]),
  mv("naval_landing", "denied", LNA, [], ["ميناء سرت"]),
  mv("airlift", "conditional", LNA, ["قاعدة الجفرة الجوية"], ["سرت"]),
  mv("redeploy", "reported", LNA, ["سرت"], ["قاعدة القرضابية الجوية"]),
 ],
 "je3": [
  mv("advance", "denied", LNA, ["الشويرف"], ["بني وليد"]),
  mv("mobilise", "reported", None, [], ["بني وليد"]),
  mv("shipment", "reported", LNA, ["هون"], ["الشويرف"]),
  mv("advance", "reported", LNA, [], ["غريان"]),
  mv("deploy", "reported", GNA, ["غريان"], ["مزدة"]),
  mv("withdraw", "planned", GNA, ["مزدة"], ["غريان"]),
  mv("advance", "conditional", GNA, ["مزدة"], ["الشويرف"]),
 ],
 "je4": [
  mv("advance", "denied", CHAD, ["النيجر"], ["القطرون"]),
  mv("deploy", "reported", None, [], ["كوري بوغودي"]),
  mv("reinforce", "reported", LNA, ["سبها"], ["القطرون"]),
  mv("deploy", "planned", LNA, [], ["الحدود مع النيجر", "منفذ التوم"]),
  mv("mobilise", "denied", CHAD, [], ["أم الأرانب"]),
  mv("withdraw", "conditional", CHAD, ["الجنوب الليبي"], ["تيبستي"]),
 ],
 "je5": [
  mv("redeploy", "reported", SYR, ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("deploy", "denied", SYR, [], ["سبها", "حقل الشرارة"]),
  mv("airlift", "reported", SYR, ["مطار بنينا"], ["دمشق"]),
  mv("withdraw", "planned", SYR, ["الجفرة"], []),
  mv("redeploy", "conditional", SYR, ["براك"], ["إدري"]),
 ],
}

NOTES = {
 "je1": "Fact-check (Fatabyyano manner): a viral clip said to show an LNA column Sabha→Ghat via Ubari (denied) is an "
        "LNA reinforcement Tamanhint air base→Sabha (reported); a planned company for Al-Awaynat; a conditional "
        "reinforcement of the Isayen crossing; an LNA ammunition-and-supply convoy via Ubari to the Sharara field "
        "(reported, told by an activist). Algeria (country) vs «الجزائر العاصمة» (Algiers); Idri only as a garrison. "
        "Traps: a page named after Fezzan, the Algerian news agency, an ops room named after the south-west, an "
        "activist surnamed al-Awbari, «مبالغات» (contains Ghat).",
 "je2": "News report with a fact-check paragraph (Erem News manner): Misrata confirms a reinforcement Misrata→Abu "
        "Qurayn via Tawergha and denies an advance on Sirte/Al-Washka; a planned return Abu Qurayn→Misrata; a 2020 "
        "clip of a Turkish landing at Misrata port (flashback, reported); a denied LNA landing at Sirte port; an LNA "
        "conditional air bridge Jufra air base→Sirte and a reported company Sirte→Gardabiya air base. Sirte inside a "
        "hashtag is gold; Abu Qurayn spelled two ways; «شارع طرابلس» in Misrata is a trap; Geneva and Tunis (city) "
        "are only venues.",
 "je3": "Conflicting accounts (Al Jazeera Net manner, Sanad verification unit): a claimed LNA column Ash "
        "Shwayrif→Bani Walid denied; armed youths mass at Bani Walid's gates (mobilise, actor null); a reported LNA "
        "supply convoy Hun→Ash Shwayrif; a 2019 clip of the LNA entering Gharyan (flashback, reported); a GNA force "
        "Gharyan→Mizda (reported), its planned return and a conditional advance Mizda→Ash Shwayrif. «مرهون» "
        "contains Hun; the account «مفتاح الشويرفي» is a trap.",
 "je4": "Fact-check (BBC News Arabic manner): a clip of «Chadian rebels entering Al Qatrun from Niger» is denied and "
        "is really a 2024 Chadian army deployment at Kouri Bougoudi (actor null); an LNA reinforcement Sabha→Al "
        "Qatrun; planned LNA units on the Niger border/Toummo crossing; FACT denies massing in Umm al-Aranib and "
        "makes its pull-out southern Libya→Tibesti conditional. Al Qatrun town vs municipality, «للقطرون» → "
        "«قطرون»; Chad inside FACT's name and nisbas.",
 "je5": "Investigation (Enab Baladi manner) of Syrian fighters' own clips: a redeploy Jufra air base→Brak air base "
        "(confirmed), a denied deployment to Sabha/the Sharara field, a reported flight Benina airport→Damascus, a "
        "planned departure from Jufra and a conditional move Brak→Idri. Tripoli (Lebanon) beside Tripoli (Libya); "
        "«ما ادري» beside the town إدري; «لهجات سورية» and «أبو خالد الحمصي» are traps; Homs only as an origin "
        "of a person.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("je1", "je2", "je3", "je4", "je5")
