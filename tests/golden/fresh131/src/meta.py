# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                    # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                     # G
 "qatar": ("country", "QA", 25.36383, 51.13780, "Qatar"),                                   # G
 # capitals and other cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                      # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                        # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                        # G
 # Ubari, Wadi al-Hayat and the lakes
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                      # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),                 # G* (town row)
 "ubari_lakes": ("region", "LY", 26.75, 13.40, "Ubari lakes (Mandara lakes)"),              # K
 "gaberoun": ("village", "LY", 26.797, 13.52, "Gaberoun (Qabr Awn) lake and old village"),  # K
 "tekerkiba": ("town", "LY", 26.54338, 13.21507, "Tekerkiba (Takartibah)"),                 # K (GeoNames 2210392)
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                      # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                            # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                 # G
 # Ghat and the Algerian border
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                        # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                     # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                               # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),                # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),          # G* (row منفذ إيسين)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                     # G (kind village -> town)
 "djanet_w": ("district", "DZ", 24.55528, 9.48500, "Djanet Province"),                      # G* (town row)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),       # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                      # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                           # G
 "border_dz_side": ("region", "DZ", 24.70, 9.90, "Algeria-Libya border (Algerian side, Djanet sector)"),  # K
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 # bases and other Libyan places
 "tamanhint": ("town", "LY", 27.24010, 14.65630, "Tamanhint"),                              # G* (base row)
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                # G (row قاعدة تمنهنت)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                          # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                     # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                      # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                    # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                 # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                        # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                            # G
 "misrata_port": ("crossing", "LY", 32.355, 15.215, "Misrata port (Qasr Ahmad)"),           # K
 "tripoli_port": ("crossing", "LY", 32.898, 13.185, "Tripoli port"),                        # K
 # vague areas
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                  # G
 "sw_libya": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                   # G* (row الجنوب الغربي)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                  # G
 "triangle": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),   # G (row المثلث الحدودي)
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador Pass"),                         # G* (row مثلث السلفادور)
}

TRAPS = {
 "ec1": ["القاهرة الإخبارية", "القيادة العامة للجيش الوطني الليبي", "اللواء طارق بن زياد", "الرائد عمر الغاتي", "الشرارة الأولى",
         "مبالغات", "ما ادري", "الليبي", "المصرية"],
 "ec2": ["الشروق", "الجيش الوطني الشعبي", "ليبية", "الليبي"],
 "ec3": ["الميادين", "القوة القاهرة", "شركة أكاكوس للعمليات النفطية", "الإيطالية"],
 "ec4": ["بوابة أفريقيا الإخبارية", "المجلس الأعلى لطوارق ليبيا", "غرفة عمليات الجنوب الغربي", "الحاج محمد الأوباري",
         "دعم مالي", "الواحات الصغيرة"],
 "ec5": ["الراية", "قطرية", "اتفاق الدوحة", "الجيش الوطني الليبي", "الجزائري"],
}

PHEN = {
 "ec1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "ec2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital", "border_phrase",
         "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "ec3": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli", "coverage_oil",
         "coverage_crossings", "countries"],
 "ec4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_idri", "vague_area", "coverage_neighbours", "countries"],
 "ec5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, DZ, GNA, FF = "Libyan National Army", "Algerian army", "GNA forces", "Foreign fighters"

MOVES = {
 "ec1": [
  _m("reinforce", "reported", LNA, ["قاعدة تمنهنط الجوية"], ["أوباري"], ["جرمة"]),
  _m("deploy", "planned", LNA, ["قاعدة براك الجوية"], ["حقل الشرارة"]),
  _m("advance", "conditional", LNA, ["الغريفة"], ["أوباري"]),
  _m("reinforce", "denied", None, ["مرزق", "القطرون"], ["أوباري"]),
 ],
 "ec2": [
  _m("reinforce", "reported", DZ, ["ولاية إليزي"], ["جانت", "معبر تين الكوم"]),
  _m("airlift", "planned", DZ, ["تمنراست"], ["مطار جانت"]),
  _m("advance", "denied", DZ, [], ["غات"]),
  _m("withdraw", "reported", None, ["مطار غات"], ["أوباري"]),
  _m("redeploy", "conditional", LNA, ["العوينات"], ["منفذ إيسين"]),
 ],
 "ec3": [
  _m("shipment", "reported", LNA, ["سبها"], ["حقل الشرارة"]),
  _m("withdraw", "conditional", None, ["حقل الشرارة"], ["أوباري"]),
  _m("deploy", "planned", GNA, ["طرابلس"], ["أوباري"], ["الشويرف"]),
  _m("naval_landing", "reported", None, [], ["ميناء مصراتة"]),
  _m("naval_landing", "denied", None, [], ["ميناء طرابلس"]),
 ],
 "ec4": [
  _m("advance", "reported", None, ["اوباري"], ["بحيرة قبر عون"]),
  _m("mobilise", "reported", None, [], ["تكركيبة"]),
  _m("reinforce", "denied", FF, ["مالي", "النيجر"], ["اوباري"], ["ممر السلفادور"]),
  _m("redeploy", "planned", LNA, ["إدري"], ["تكركيبة"]),
  _m("withdraw", "conditional", None, ["قبر عون"], ["اوباري"]),
 ],
 "ec5": [
  _m("withdraw", "planned", None, ["أوباري"], []),
  _m("deploy", "reported", LNA, ["قاعدة الجفرة الجوية"], ["أوباري"]),
  _m("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار غات"]),
  _m("mobilise", "conditional", None, [], ["مرزق"]),
  _m("shipment", "denied", None, [], ["أوباري"], ["الحدود مع الجزائر"]),
 ],
}

NOTES = {
 "ec1": "Al-Qahera News style breaking story from Sabha: LNA column Tamanhint air base->Ubari via Germa (reported reinforce, "
        "retold by a Germa resident), a company Brak air base->Sharara field (planned), an advance Al-Ghurayfa->central Ubari "
        "only 'if' the truce fails (conditional), the Tebu council's denial of fighters from Murzuq and Al Qatrun (denied); "
        "traps: the channel name holding Cairo before the gold Cairo, 'الشرارة الأولى', 'مبالغات', 'ما ادري', an officer "
        "named al-Ghati; the Egyptian statement is not a movement.",
 "ec2": "Echorouk Online style report from Algiers: Algerian reinforcements Illizi province->Djanet and the Tin Alkoum "
        "crossing (reported; the convoy retold), a planned Tamanrasset->Djanet airport air bridge, the ministry's denial of "
        "units crossing towards Ghat, Tebu gunmen pulling back Ghat airport->Ubari (reported), an LNA company Al-Awaynat->"
        "Isayen only 'in case' fighting resumes (conditional redeploy); Libyan families crossing to Djanet are not a "
        "movement; Algiers dateline vs Algeria the country; 'لغات' is Ghat with the preposition.",
 "ec3": "Al Mayadeen style report from Tripoli on the Sharara shutdown: LNA fuel/ammunition trucks Sabha->the field "
        "(shipment, reported), Tuareg youths to leave the field for Ubari 'as soon as' the Tebu leave the road (conditional), "
        "a GNA separation force Tripoli->Ubari via Ash Shwayrif (planned), an Italian military medical team landed at "
        "Misrata port (reported naval landing) and a denied landing of combat troops at Tripoli port; workers flown to Sabha "
        "and wounded flown north are not movements; 'القوة القاهرة' (force majeure) and the Akakus company are traps.",
 "ec4": "Afrigate News style report from Ubari (spelled اوباري) on the lakes: Tuareg youths Ubari->Gaberoun lake (reported "
        "advance), Tebu massing in Tekerkiba (reported mobilise), fighters from Mali and Niger via the Salvador Pass denied, "
        "an LNA battalion Idri->Tekerkiba (planned redeploy), the youths to leave Gaberoun for Ubari on a condition "
        "(conditional withdraw); traps: a notable surnamed al-Awbari, 'دعم مالي', 'الواحات الصغيرة', the operations room "
        "named after the south-west, the Tuareg council named after Libya.",
 "ec5": "Al-Raya style report from Doha on a Qatari-brokered ceasefire: the agreed pull-out from central Ubari (planned), "
        "an LNA force Jufra air base->Ubari (reported deploy, pluperfect) and an LNA cargo plane Benina->Ghat airport "
        "(reported airlift), a Tebu 'نفير' in Murzuq only 'if' detainees are not freed (conditional), an arms shipment "
        "across the border with Algeria denied; the Algerian envoy's trip from Algiers to Doha is not a movement; "
        "'اتفاق الدوحة' is a trap; Ubari municipality is a district.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ec1", "ec2", "ec3", "ec4", "ec5")
