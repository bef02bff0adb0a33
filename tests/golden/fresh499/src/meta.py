# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / value quoted in another sample's README / representative point (see README "Coordinates not
# from the gazetteer"); G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                   # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                    # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                                  # G
 # Algerian side
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                    # G* (row kind village)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Tiska (Inedbirene) Airport"),  # G (row مطار جانت)
 "djanet_wil": ("district", "DZ", 24.30, 9.00, "Djanet province"),                         # K
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                    # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                          # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                  # G
 "boufarik": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),                       # G* (row kind airport)
 "tin_alkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border post"),           # G* (row منفذ إيسين)
 "tassili": ("region", "DZ", 25.50000, 9.00000, "Tassili n'Ajjer"),                        # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                  # G
 "border_dz": ("region", "DZ", 24.75, 9.95, "Algerian side of the Libya-Algeria border"),  # K
 # Libyan south-west
 "border_ly": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),                 # G* (row الحدود الليبية الجزائرية)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                     # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),                # G* (town row)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                       # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                    # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                              # G
 "barakat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                              # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),               # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                       # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                       # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                         # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                     # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                    # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                    # G
 "akakus": ("region", "LY", 24.83333, 10.33333, "Akakus Mountains"),                       # G (row جبل أكاكوس)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                 # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                       # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                 # G
 "triangle": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G
 # elsewhere in Libya
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                          # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                    # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                   # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Port of Zuwara"),                  # K (value in fresh51's README)
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                   # G
 "misrata_port": ("crossing", "LY", 32.35, 15.21, "Port of Misrata (Qasr Ahmed)"),         # K
 # Sahel and beyond
 "north_mali": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                      # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                   # G
 "nouakchott": ("city", "MR", 18.08581, -15.97850, "Nouakchott"),                          # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                   # G
}

TRAPS = {
 "sg1": ["الجيش الوطني الشعبي", "الناحية العسكرية الرابعة", "الليبية", "الطاسيلي 2026", "وكالة الأنباء الجزائرية"],
 "sg2": ["الأخبار", "الليبية", "الحركات الأزوادية", "الجيش الوطني الليبي", "الجزائرية", "دعم مالي"],
 "sg3": ["الجيش الليبي", "الإمارات اليوم", "الجيش الوطني الليبي", "كتيبة الصحراء", "إدريس أغ محمد", "ليبيا الحدث"],
 "sg4": ["الرياض", "الجيش الوطني الليبي", "شارع طرابلس", "خالد الإدريسي", "لغات", "الفرنسية", "محمد الفزاني"],
 "sg5": ["اللواء", "المنطقة العسكرية سبها", "ليبيا الأحرار", "التركية"],
}

PHEN = {
 "sg1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "sg2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "sg3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "sg4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "sg5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


DZ, LNA, GNA = "Algerian army", "Libyan National Army", "GNA forces"

MOVES = {
 "sg1": [
  mv("reinforce", "reported", DZ, ["إيليزي"], ["جانت"]),
  mv("airlift", "reported", DZ, ["قاعدة بوفاريك الجوية"], ["مطار جانت تيسكا"]),
  mv("deploy", "planned", DZ, [], ["جانت", "معبر تين الكوم"]),
  mv("reinforce", "conditional", DZ, ["تمنراست"], ["ولاية جانت"]),
  mv("withdraw", "denied", DZ, ["الحدود مع ليبيا"], ["إيليزي"]),
 ],
 "sg2": [
  mv("advance", "reported", "Foreign fighters", ["شمال مالي"], ["العوينات"], ["النيجر", "المثلث الحدودي"]),
  mv("advance", "planned", "Foreign fighters", ["العوينات"], ["أوباري"]),
  mv("reinforce", "reported", LNA, ["سبها"], ["غات"], ["أوباري"]),
  mv("withdraw", "denied", LNA, ["العوينات"], []),
  mv("deploy", "conditional", DZ, ["جانت"], ["الحدود مع ليبيا"]),
 ],
 "sg3": [
  mv("withdraw", "reported", LNA, ["أوباري", "غات"], ["قاعدة تمنهنت الجوية"], ["سبها"]),
  mv("deploy", "reported", LNA, ["غات"], ["اوباري", "العوينات"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار غات"]),
  mv("redeploy", "conditional", LNA, ["قاعدة تمنهنت الجوية"], ["أوباري"]),
  mv("mobilise", "denied", None, [], ["إدري"]),
 ],
 "sg4": [
  mv("naval_landing", "reported", GNA, ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("deploy", "reported", LNA, [], ["البركات"]),
  mv("shipment", "planned", LNA, ["سبها"], ["البركات"]),
  mv("withdraw", "conditional", LNA, ["البركات"], []),
  mv("shipment", "denied", None, ["أوباري"], ["النيجر"]),
 ],
 "sg5": [
  mv("deploy", "planned", GNA, [], ["غات", "منفذ ايسين"]),
  mv("redeploy", "reported", LNA, ["قاعدة براك الجوية"], ["أوباري", "العوينات"]),
  mv("airlift", "reported", LNA, ["قاعدة الجفرة الجوية"], ["مطار غات"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء مصراتة"]),
  mv("mobilise", "conditional", None, [], ["غات"]),
 ],
}

NOTES = {
 "sg1": ("Ech-Chaab (Algerian state daily), Djanet: Algerian reinforcement Illizi (written إيليزي)->Djanet, Il-76 "
         "airlift Boufarik air base->Djanet Tiska airport, planned deployment on the Djanet-Tin Alkoum axis (both "
         "ends destinations), conditional battalion Tamanrasset->Djanet province, denied pull-out from the border "
         "towards Illizi. Not moves: the dateline, Ouargla (HQ locator), barter caravans to Ghat, smuggled-fuel "
         "trucks bound for Niger, civil flights Algiers-Djanet, the named exercise."),
 "sg2": ("Alakhbar (Mauritanian agency), Nouakchott: armed Tuareg ex-rebels Northern Mali->Al Awaynat via Niger and "
         "the border triangle, their planned move on to Ubari, an LNA reinforcement Sabha->Ghat via Ubari, a denied "
         "LNA pull-out from Al Awaynat, a conditional Algerian deployment Djanet->the border (Isayen is only the "
         "condition's reference). Not moves: the headline retelling, smuggling convoys to Niger, the 2015 Algiers "
         "accord and Bamako's withdrawal from it."),
 "sg3": ("Emarat Al Youm, Benghazi dateline: an LNA handover on the Ubari-Ghat road - battalion 531 leaves the "
         "checkpoints between Ubari and Ghat for Tamanhint air base via Sabha, the Tuareg «Sahara battalion» "
         "deploys Ghat->Ubari/Al Awaynat, a planned airlift Benina air base->Ghat airport, a conditional return "
         "Tamanhint->Ubari (Sharara field only the condition's locator) and a denied massing in Idri. Not moves: "
         "smuggling convoys, travellers and goods trucks, the Akakus background."),
 "sg4": ("Al Riyadh (Saudi daily), Tripoli dateline: a precision test on fuel smuggling - a GNA marine landing Abu "
         "Sitta naval base->Zuwara port, an LNA company deployed at Al Barakat, a planned ammunition shipment "
         "Sabha->Al Barakat, a conditional pull-out from Al Barakat and a denied arms shipment Ubari->Niger. Not "
         "moves: fuel tankers on the Ubari-Ghat road towards the Algerian border, fuel filled at Idri and Brak, "
         "sea smuggling to Malta, the trucks seized near El Feel, prices in Shari Tarablus (Ubari)."),
 "sg5": ("Al-Liwaa (Beirut), «طرابلس الغرب» dateline: a planned GNA force to Ghat and the Isayen crossing, an LNA "
         "redeployment Brak air base->Ubari/Al Awaynat, an airlift Jufra air base->Ghat airport, a Turkish landing at "
         "Misrata port denied in Ankara and a conditional Tuareg «نفير» in Ghat. Not moves: the border phrase "
         "locating Isayen, Ankara as the speaker, the smuggling networks."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("sg1", "sg2", "sg3", "sg4", "sg5")
