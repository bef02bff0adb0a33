# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # Fezzan and the south-west
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا, written الجنوب الليبي)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_ab": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                        # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "ghurayfah": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "traghan": ("town", "LY", 25.92333, 14.42056, "Traghan"),                              # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "idri_mun": ("district", "LY", 27.44707, 13.05173, "Idri municipality"),               # G* (town row, kind district)
 "hasawna": ("region", "LY", 28.00, 13.00, "Jabal al-Hasawna wellfields"),              # K
 # north-west
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "jafara": ("district", "LY", 32.51012, 13.02794, "Al Jafara"),                         # G
 "western_mountain": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "jufra_ab": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 # east
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina_ab": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                    # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "gamal_ab": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),         # G* (row مطار طبرق, Gamal Abdel Nasser Airport)
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                # G
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 "emsaed_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "border_ly_eg": ("region", "LY", 31.45, 24.98, "Libya-Egypt border (Libyan side, coast)"),   # K
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "sarir_wf": ("region", "LY", 27.20, 22.50, "Sarir wellfield (GMMR)"),                  # K
 "sarir_field": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),              # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 # Egypt
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "minya_gov": ("district", "EG", 28.18109, 30.10272, "Minya Governorate"),              # G (row district:EG-MN, written محافظة المنيا)
}

TRAPS = {
 "qqe1": ["ليبيانا", "المدار الجديد", "اللواء طارق بن زياد", "البوابة العربية للأخبار التقنية"],
 "qqe2": ["الصباح", "منظومة الحساونة – سهل الجفارة", "صالح إدريس", "المنطقة العسكرية الغربية", "قبيلة الحساونة"],
 "qqe3": ["إذاعة امساعد المحلية", "الجيش الوطني الليبي", "الشركة المصرية لنقل الكهرباء", "المصرية", "مصرية"],
 "qqe4": ["المصريين بالخارج", "المصريين", "مصرياً", "المصرية", "الجيش الوطني الليبي", "تشاديون", "ليبيين", "ليبية", "مسؤول أمني ليبي"],
 "qqe5": ["الحالة الليبية", "المنظمة الليبية للسياسات والاستراتيجيات", "كتيبة سبل السلام", "منظومة الحساونة",
          "المنطقة العسكرية الغربية"],
}

PHEN = {
 "qqe1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "vague_area",
          "coverage_bases"],
 "qqe2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "ambiguity_idri", "vague_area", "town_vs_district"],
 "qqe3": ["clitics", "spelling", "multiword", "media_trap", "nisba", "border_phrase", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qqe4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qqe5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "coverage_bases",
          "coverage_oil"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"

MOVES = {
 "qqe1": [
  mv("deploy", "reported", LNA, ["سبها"], ["جرمة"]),
  mv("deploy", "planned", LNA, ["قاعدة براك الجوية"], ["مرزق"]),
  mv("redeploy", "conditional", LNA, ["جرمة"], ["أوباري"]),
  mv("withdraw", "denied", LNA, ["براك"], ["سبها"]),
 ],
 "qqe2": [
  mv("deploy", "reported", LNA, ["براك"], ["جبل الحساونة"]),
  mv("deploy", "planned", GNA, ["غريان"], ["الشويرف"], ["مزدة"]),
  mv("advance", "conditional", LNA, [], ["الشويرف"]),
  mv("advance", "denied", None, ["إدري"], ["جبل الحساونة"]),
 ],
 "qqe3": [
  mv("deploy", "reported", LNA, ["طبرق"], ["امساعد", "الحدود مع مصر"]),
  mv("redeploy", "planned", LNA, ["قاعدة جمال عبد الناصر الجوية"], ["الجغبوب"]),
  mv("withdraw", "denied", LNA, ["منفذ امساعد"], ["طبرق"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["السلوم"]),
 ],
 "qqe4": [
  mv("deploy", "reported", LNA, ["سبها"], ["أوباري"]),
  mv("airlift", "planned", LNA, ["قاعدة الجفرة الجوية"], ["مطار سبها"]),
  mv("reinforce", "conditional", LNA, ["قاعدة تمنهنت"], ["أوباري"]),
  mv("advance", "denied", "Chadian armed groups", ["مرزق"], ["أوباري"]),
 ],
 "qqe5": [
  mv("deploy", "reported", LNA, ["الكفرة"], ["تازربو"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("redeploy", "planned", LNA, ["جالو"], ["السرير"]),
  mv("mobilise", "denied", None, [], ["الشويرف"]),
  mv("advance", "conditional", GNA, ["مزدة"], ["الشويرف"]),
  mv("shipment", "reported", LNA, ["بنغازي"], ["سبها"]),
 ],
}

NOTES = {
 "qqe1": "Arabic tech/telecom news site (AIT News) on sabotaged Libyana and Almadar towers in the Fezzan: an LNA "
         "company (Tariq bin Ziyad brigade) Sabha→Germa relay station, a planned military-engineers company Brak air "
         "base→Murzuq, the Germa company's conditional move to Ubari (origin by anaphora «وحدته»; Al-Ghurayfah only in "
         "the condition) and a denied pull-out of Battalion 116 patrols Brak→Sabha; the civilian technical team flown "
         "Tripoli→Sabha airport, the fibre cable Ubari–Tripoli, the Sabha power station and residents driving Murzuq "
         "(written مرزوق)→Traghan for a signal are not movements; «ليبيانا» holds ليبيا and «المدار الجديد» is a company.",
 "qqe2": "Libyan daily (Al-Sabaah, Tripoli) on six more wells sabotaged in the Jabal al-Hasawna wellfields: an LNA "
         "company Brak→the wellfields, a planned GNU Western Military Region unit Gharyan→Ash Shwayrif via Mizdah, the "
         "LNA's conditional advance on Ash Shwayrif and a denied move of gunmen from Idri («من البلدة») to the fields "
         "(«نحو الحقول»); water flows to Tripoli, the Western Mountain and Jafara, «تحمّل طرابلس» (metonymy), the "
         "system name «منظومة الحساونة – سهل الجفارة», the Hasawna tribe and the spokesman صالح إدريس are not moves or "
         "places; «عميد بلدية إدري» is the municipality (district).",
 "qqe3": "Local radio of Amsaad/Musaid (dateline امساعد) on two pylons of the Egypt–Libya interconnection line felled "
         "south of the town: an LNA company Tobruk→Amsaad and along the line to the border with Egypt (Libyan side), "
         "a planned company Gamal Abdel Nasser air base→Al Jaghbub, a denied guard pull-out Amsaad crossing→Tobruk "
         "and Egypt's conditional reinforcement of Sallum; power flows Sallum→Tobruk/Bardia, Egyptian engineers "
         "crossing at Amsaad, «طبرق تعود إلى جدول طرح الأحمال» and Cairo as speaker are not movements; the last "
         "mention is spelt إمساعد.",
 "qqe4": "Egyptian site for Egyptians abroad (Al-Masriyeen bil-Kharej) on Egyptian technicians at the Ubari gas plant "
         "and the Sabha power station after an attack: an LNA company Sabha→Ubari, a planned military flight Jufra "
         "air base→Sabha airport, a conditional reinforcement Tamanhint base→Ubari and a denied infiltration of "
         "Chadian mercenaries Murzuq→the Ubari station; technicians flown home to Cairo via Benina airport, a new batch "
         "from Alexandria, Minya governorate (an engineer's home) and Egypt following its workers are not movements.",
 "qqe5": "Libyan think-tank monitoring report (LOOPS, «الحالة الليبية» monthly) listing February attacks on water, power "
         "and telecom sites: Subul al-Salam Kufra→Tazirbu wellfields, an LNA cargo flight with signals troops Benina "
         "air base→Kufra airport, a planned company Jalu→the Sarir wellfields (beside the Sarir oil field as locator), "
         "a denied massing in Ash Shwayrif, the Western Military Region's conditional advance Mizdah→Ash Shwayrif and an "
         "LNA ammunition-and-generator convoy Benghazi→Sabha (shipment); "
         "the Ubari plant outage blacking out Sabha and Murzuq, the Hasawna wellfields and Tripoli/Benghazi leverage "
         "are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qqe1", "qqe2", "qqe3", "qqe4", "qqe5")
