# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                 # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                             # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                               # G
 "bahrain": ("country", "BH", 26.00211, 50.54527, "Bahrain"),                             # G
 # capitals and cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                         # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                    # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                # G
 # ul1 House session in Benghazi, the centre
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                    # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                          # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                               # G
 # ul2 High Council of State, Tripoli and the west
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                  # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                 # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                   # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                  # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                            # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),               # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                      # G
 # ul3 the 6+6 committee in Morocco, the south-west and Algeria
 "tangier": ("city", "MA", 35.76727, -5.79975, "Tangier"),                                # G (row spelled تنجه)
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                    # G
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                    # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                      # G* (row جنوب ليبيا)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                        # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                      # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                   # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                   # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                               # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                 # G
 "debdeb_crossing": ("crossing", "DZ", 30.00, 9.46, "Debdeb-Ghadames border crossing"),   # K
 "border_dz_ly": ("region", "DZ", 29.50, 9.55, "Algeria-Libya border (Algerian side)"),   # K
 # ul4 the unity government, the west coast and Tunisia
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),            # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                               # G
 "zawiya_mun": ("district", "LY", 32.75710, 12.72764, "Az Zawiya municipality"),          # G* (town row)
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),            # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                                # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                  # G
 "abu_sitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                 # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G* (row منفذ رأس جدير)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                  # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                              # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                        # G
 # ul5 the House-appointed government, Kufra and the Sudanese border
 "manama": ("city", "BH", 26.22787, 50.58565, "Manama"),                                  # G
 "maaten_sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),          # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                    # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),               # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                 # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),              # G* (row الحدود الليبية السودانية)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),   # G* (row مثلث العوينات)
 "east_owainat": ("town", "EG", 22.58570, 28.71660, "East Owainat"),                      # G* (row مطار شرق العوينات)
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, MIS, ZIN = "Libyan National Army", "GNA forces", "Misrata forces", "Zintan forces"

TRAPS = {
 "ul1": ["الليبى", "الجيش الوطنى الليبى", "لا أدرى", "فندق تيبستى", "بوابة الوفد", "فتحى الجفراوى",
         "غرفة عمليات سرت الكبرى", "المصرى"],
 "ul2": ["الليبي", "منصور الغرياني", "الأنباء", "مصراتية", "شارع الزاوية", "التركية"],
 "ul3": ["الليبية", "الليبيين", "مغربي", "Le360", "اتفاق الصخيرات", "الجزائرية", "محمد الإدريسي"],
 "ul4": ["ميدل إيست آي", "المالي", "ملعب طرابلس الدولي", "تونسية", "التونسي"],
 "ul5": ["الليبي", "الأيام", "الجيش الوطني الليبي", "مصري", "خليجية"],
}

PHEN = {
 "ul1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil",
         "coverage_neighbours"],
 "ul2": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "coverage_bases", "coverage_crossings", "countries"],
 "ul3": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ul4": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours"],
 "ul5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
}

MOVES = {
 "ul1": [
  mv("deploy", "reported", LNA, ["قاعدة بنينا الجوية"], ["بنغازى"]),
  mv("naval_landing", "planned", LNA, ["بنغازى"], ["سرت"]),
  mv("withdraw", "denied", LNA, ["قاعدة الجفرة الجوية", "الهلال النفطى"]),
  mv("advance", "conditional", LNA, [], ["أبو قرين"]),
  mv("withdraw", "reported", MIS, ["الوشكة"], ["أبوقرين"]),
 ],
 "ul2": [
  mv("reinforce", "reported", MIS, ["مصراتة"], ["طرابلس"], ["زليتن", "الخمس"]),
  mv("shipment", "reported", None, [], ["ميناء الخمس"]),
  mv("mobilise", "denied", ZIN, [], ["العزيزية"]),
  mv("deploy", "planned", GNA, [], ["مطار معيتيقة"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["قاعدة الوطية"]),
 ],
 "ul3": [
  mv("redeploy", "reported", LNA, ["قاعدة براك الجوية"], ["إدري"]),
  mv("airlift", "planned", LNA, ["قاعدة تمنهنت"], ["مطار غات"]),
  mv("deploy", "conditional", GNA, [], ["غدامس"]),
  mv("reinforce", "denied", "Algerian army", ["ورقلة"], ["معبر الدبداب"]),
 ],
 "ul4": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["الزاوية"], ["جنزور", "الماية"]),
  mv("naval_landing", "reported", GNA, ["قاعدة أبوستة البحرية"], ["مصفاة الزاوية"]),
  mv("redeploy", "denied", GNA, ["معبر رأس اجدير"], ["زوارة"]),
  mv("reinforce", "planned", "Tunisian army", ["مدنين"], ["بن قردان"]),
  mv("advance", "conditional", MIS, ["مصراتة"], ["طرابلس"]),
 ],
 "ul5": [
  mv("reinforce", "reported", LNA, ["الكفرة"], ["قاعدة معطن السارة", "الحدود مع السودان"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("shipment", "denied", LNA, ["الكفرة"], ["السودان"], ["المثلث الحدودي"]),
  mv("mobilise", "conditional", "Egyptian army", [], ["شرق العوينات"]),
 ],
}

NOTES = {
 "ul1": "Al-Wafd-style (Egyptian spelling with final ى) House session in Benghazi: walk-out, 'a step towards elections', "
        "'the ball is in Tripoli's court', the House moving its sessions to Sirte and an Egyptian delegation "
        "Cairo->Benghazi are not force moves; real moves: LNA units Benina air base->Benghazi (reported deploy), a "
        "company by sea Benghazi->Sirte (planned naval_landing), the denied pull-out from Jufra air base and the Oil "
        "Crescent ports, a conditional advance on Abu Qurayn and last month's Misrata pull-back Al-Washka->Abu Qurayn "
        "(reported, written أبوقرين beside أبو قرين).",
 "ul2": "Al-Anba-style agency copy: the High Council of State 'will move politically and legally', 'knock on every "
        "door', a delegation to Cairo (not a move); real moves: Misrata reinforcements Misrata->Tripoli via Zliten and "
        "Al-Khums (reported), armour unloaded from a Turkish cargo ship at Al-Khums port (reported shipment, no force "
        "named), the Zintan council's denied massing at Al-Aziziyah, a planned neutral GNU force at Mitiga airport and "
        "Ankara's conditional pull-out from Al-Watiya (لن … إلا إذا).",
 "ul3": "Le360-style: the 6+6 committee in Tangier; Morocco 'mobilises only for dialogue', delegations Benghazi->"
        "Tangier via Cairo and Tripoli->Tangier via Tunis are not force moves; real moves: an LNA battalion Brak air "
        "base->Idri (reported redeploy), a planned airlift Tamanhint->Ghat airport, the GNU chief of staff's conditional "
        "move to Ghadames and Algeria's denied reinforcement Ouargla->the Debdeb crossing (the border phrase locates "
        "the crossing). Idri gold beside the person trap الإدريسي.",
 "ul4": "Middle East Eye-style: the unity government 'step by step towards elections', 'will submit a budget', 'the "
        "elections train has left' are not moves; real moves: a 444 Brigade force Tripoli (العاصمة)->Zawiya via "
        "Janzour and Al-Maya (reported), coast guards by sea Abu Sitta naval base->the Zawiya refinery (reported "
        "naval_landing), the Interior Ministry's denied redeploy Ras Ajdir->Zuwara, a planned Tunisian reinforcement "
        "Medenine->Ben Gardane and a Misrata commander's conditional move Misrata->the capital (Tripoli).",
 "ul5": "Al-Ayam-style: the House-appointed government 'advancing towards a unified government', 'the road to "
        "Tripoli passes through ballot boxes', a planned Gulf tour to Kuwait and Bahrain are not moves; real moves: "
        "Subul al-Salam reinforcements Kufra->Maaten al-Sarra air base and the Sudanese border (reported), a planned "
        "airlift Benina air base->Kufra airport, the LNA's denied arms shipments Kufra->Sudan via the border triangle "
        "and Egypt's conditional massing at East Owainat.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ul1", "ul2", "ul3", "ul4", "ul5")
