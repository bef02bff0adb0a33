# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "spain": ("country", "ES", 39.89911, -3.47555, "Spain"),                               # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 # Tripoli and the north
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "mitiga_ap": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                  # G
 "tripoli_port": ("crossing", "LY", 32.9050, 13.1880, "Port of Tripoli"),               # K
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 # the south and south-west
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),             # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_ap": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                    # G
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),            # G
 "tamanhint": ("town", "LY", 27.24010, 14.65630, "Tamanhint"),                          # G* (base row, as the village)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "idri_mun": ("district", "LY", 27.44707, 13.05173, "Idri municipality"),               # G* (town row)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "ghat_ap": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                      # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),# G* (row الحدود الليبية الجزائرية)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 # abroad
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 "casablanca": ("city", "MA", 33.58831, -7.61138, "Casablanca"),                        # G* (row أنفا)
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G
}

LNA, GNA = "Libyan National Army", "GNA forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "jq1": ["الأهلي طرابلس", "الأهلي سبها", "عبدالله الطرابلسي", "ما ادري", "قناة ليبيا الرياضية", "محمد الغاتي",
         "الترجي التونسي", "المنتخب اللبناني", "إدريس الفيتوري"],
 "jq2": ["شركة أكاكوس للعمليات النفطية", "ريبسول الإسبانية", "خالد الإدريسي", "الشرارة الأولى", "الوضع المالي",
         "الشرق الأوسط", "مسلحين تشاديين", "النمساوية"],
 "jq3": ["التونسية", "الشرق", "الجوية الليبية", "غرفة عمليات الجنوب الغربي", "الجيش الجزائري",
         "الشركات الليبية"],
 "jq4": ["العام الدراسي الجديد", "علي الإدريسي", "قناة فزان", "حكومة الوحدة الوطنية"],
 "jq5": ["المغربي", "العاصمة الليبية", "رشيد الفاسي", "قناة ليبيا الأحرار", "قوة حماية طرابلس", "التركية",
         "حكومة الوحدة الوطنية"],
}

PHEN = {
 "jq1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
 "jq2": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "coverage_oil", "coverage_neighbours", "countries"],
 "jq3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "jq4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "ambiguity_idri",
         "vague_area", "town_vs_district", "coverage_bases"],
 "jq5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}

MOVES = {
 "jq1": [
  mv("deploy", "reported", LNA, ["براك الشاطئ"], ["سبها"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت"]),
  mv("reinforce", "conditional", LNA, ["تمنهنط"], ["سبها"]),
  mv("withdraw", "denied", LNA, ["أوباري"], []),
 ],
 "jq2": [
  mv("redeploy", "reported", LNA, ["أوباري"], ["حقل الشرارة"]),
  mv("shipment", "planned", LNA, ["سبها"], ["حقل الشرارة"]),
  mv("advance", "conditional", LNA, ["مرزق"], ["حقل الفيل"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["الحدود مع النيجر"]),
 ],
 "jq3": [
  mv("airlift", "reported", LNA, ["قاعدة براك الجوية"], ["مطار غات"]),
  mv("deploy", "planned", LNA, [], ["منفذ إيسين"]),
  mv("reinforce", "conditional", "Algerian army", [], ["جانت"]),
  mv("withdraw", "denied", GNA, ["مطار معيتيقة"], []),
 ],
 "jq4": [
  mv("advance", "reported", LNA, ["براك"], ["إدري"]),
  mv("mobilise", "planned", LNA, [], ["قاعدة براك الجوية"]),
  mv("shipment", "conditional", GNA, [], ["فزان"]),
  mv("redeploy", "denied", LNA, ["سبها"], ["إدري"]),
 ],
 "jq5": [
  mv("naval_landing", "reported", "Misrata forces", ["مصراتة"], ["قاعدة أبوستة البحرية"]),
  mv("withdraw", "planned", GNA, ["طرابلس"], []),
  mv("deploy", "conditional", GNA, [], ["معبر رأس جدير"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء طرابلس"]),
 ],
}

NOTES = {
 "jq1": "Sports page (Kooora style): a club flight Mitiga→Sabha, the national team Mitiga→Beirut→Tripoli (Lebanon)→Doha "
        "and a loan transfer are not movements; one real move (an LNA company Brak al-Shati→Sabha), a planned airlift "
        "Benina air base→Tamanhint air base, a conditional reinforcement from Tamanhint (anaphora «نحو المدينة» = Sabha) "
        "and a denied pull-out from Ubari (no destination written).",
 "jq2": "Business page (CNBC Arabia style): oil output, foreign staff flown back from Tripoli, a company that «سحبت» its "
        "staff and another that «انسحبت» from a concession, crude exports to Italy/Spain are not movements; one real "
        "move (an LNA company redeployed Ubari→the Sharara field), a planned ammunition shipment Sabha→the field "
        "(«تصلها»), a conditional advance Murzuq→El Feel and a denied Chadian build-up near the Niger border.",
 "jq3": "Aviation page (Asharq Business style): civil flights Mitiga→Ghat airport, a Ghat–Sabha route study, oil-company "
        "charters to El Feel, Tunisair's Tunis–Mitiga flights and foreign airlines pulling out of Algeria routes are not "
        "movements; one real move (an LNA Il-76 airlift Brak air base→Ghat airport), the same men's planned deployment "
        "at the Isayen crossing (the border phrase only locates it), Algeria's conditional reinforcement at Djanet and "
        "Radaa's denied pull-out from Mitiga airport.",
 "jq4": "Society page (Elaph style): students transferring Sabha→Tripoli, a family bus towards Ash Shwayrif, a minister's "
        "visit Sabha→Brak al-Shati and teachers promised from Tripoli/Misrata are not movements; one real move (an LNA "
        "force Brak→Idri, told as a flashback to last month), a planned LNA build-up at Brak air base, the GNU defence "
        "ministry's conditional «لن ترسل … إلا إذا» arms shipment to Fezzan (the speaker's Tripoli is not an origin) and "
        "a denied LNA transfer Sabha→Idri.",
 "jq5": "Hespress-style economy/diplomacy piece: the first Royal Air Maroc flight Casablanca→Mitiga, a Moroccan "
        "official's visit, Moroccan lorries by sea to Tunis and by road to Ras Ajdir, a planned medicine cargo and "
        "evacuation flights from Tunisia are not movements; one real move (a Misrata «القوة المشتركة» landing ship "
        "Misrata→Abu Sitta naval base), a planned pull-back of armed groups from central Tripoli (no destination "
        "place), a conditional deployment at Ras Ajdir and Ankara's denied marine landing at Tripoli port.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("jq1", "jq2", "jq3", "jq4", "jq5")
