# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "qatar": ("country", "QA", 25.36383, 51.13780, "Qatar"),                               # G
 "france": ("country", "FR", 46.70829, 2.18957, "France"),                              # G
 # capitals, datelines and other cities
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "geneina": ("city", "SD", 13.45262, 22.44725, "Geneina"),                              # G
 # Chad: Tibesti, Borkou, Ennedi and the east
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "north_td": ("region", "TD", 18.20680, 19.78454, "Northern Chad"),                     # G
 "east_td": ("region", "TD", 15.37168, 20.30227, "Eastern Chad"),                     # G
 "ne_td": ("region", "TD", 17.60904, 20.82717, "North-eastern Chad"),                   # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                 # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                                # G
 "aozou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                  # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G* (row كوري بوقودي)
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                      # G* (row أونيانقا كبير)
 "fada": ("town", "TD", 17.19186, 21.58081, "Fada"),                                    # G* (row فدا)
 "ennedi": ("region", "TD", 17.04167, 21.86278, "Ennedi Plateau"),                      # G
 "amdjarass": ("town", "TD", 16.0700, 22.8400, "Amdjarass"),                            # K
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                # G
 "adre_crossing": ("crossing", "TD", 13.46648, 22.19875, "Adre border crossing"),       # G* (town row أدري)
 "border_td_ly": ("region", "TD", 21.9, 18.2, "Chad-Libya border (Chadian side)"),      # K
 "border_td_sd": ("region", "TD", 15.25834, 22.83250, "Chad-Sudan border (Chadian side)"),  # G* (row الحدود التشادية السودانية)
 # Libya: the south and the Chadian border
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G
 "se_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                  # G (row جنوب شرق ليبيا)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row)
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra (area)"),                    # G* (air base/airport row, near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra district"),             # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                   # K
}

TRAPS = {
 "qfk1": ["فرانس 24", "وكالة الصحافة الفرنسية", "جبهة التناوب والوفاق في تشاد",
          "Front pour l'alternance et la concorde au Tchad", "التشادية", "الجيش التشادي", "محمد إدريس ديبي",
          "إدريس ديبي إتنو"],
 "qfk2": ["مونت كارلو الدولية", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "اللواء طارق بن زياد", "المرزقي",
          "الحكومة التشادية", "الطيران التشادي", "الأراضي الليبية"],
 "qfk3": ["الشرق الأوسط", "اتحاد قوى المقاومة", "محمد إدريس ديبي", "التشادية", "كتيبة سبل السلام", "مالي"],
 "qfk4": ["القدس العربي", "جبهة التناوب والوفاق في تشاد", "الجيش الوطني الليبي", "زلة لسان", "اتفاق الدوحة",
          "الفيلق الأفريقي", "التشاديين"],
 "qfk5": ["قنا", "وكالة الأنباء القطرية", "اتفاق الدوحة", "مجلس القيادة العسكرية لإنقاذ الجمهورية",
          "جبهة التناوب والوفاق في تشاد", "رئاسة الأركان التشادية", "سودانية"],
}

PHEN = {
 "qfk1": ["multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri", "vague_area",
          "border_phrase", "coverage_oil", "coverage_neighbours", "countries"],
 "qfk2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
 "qfk3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qfk4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qfk5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_idri",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours",
          "countries"],
}

CAG, LNA, RU = "Chadian armed groups", "Libyan National Army", "Russian forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qfk1": [
  mv("advance", "denied", CAG, ["تجرهي"], ["وور"]),
  mv("advance", "planned", CAG, [], ["زوار"]),
  mv("mobilise", "reported", CAG, [], ["تجرهي"]),
  mv("reinforce", "reported", None, ["فايا لارجو"], ["برداي"]),
  mv("withdraw", "conditional", CAG, ["تيبستي"]),
 ],
 "qfk2": [
  mv("withdraw", "reported", CAG, ["كوري بوغودي"], ["مرزق"]),
  mv("withdraw", "denied", None, ["أوزو"], ["برداي"]),
  mv("shipment", "planned", None, ["زوار"], ["كوري بوغودي"]),
  mv("deploy", "planned", LNA, ["سبها"], ["القطرون"]),
  mv("advance", "conditional", LNA, ["القطرون"], ["تجرهي"]),
 ],
 "qfk3": [
  mv("advance", "denied", CAG, ["الكفرة"], ["فادا"]),
  mv("advance", "conditional", CAG, [], ["أمجرس"]),
  mv("reinforce", "reported", None, ["أبشي"], ["أمجرس"]),
  mv("airlift", "planned", None, ["نجامينا"], ["فادا"]),
  mv("deploy", "reported", LNA, ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("mobilise", "reported", CAG, [], ["ربيانة"]),
 ],
 "qfk4": [
  mv("redeploy", "reported", CAG, ["قاعدة الجفرة الجوية"], ["أم الأرانب"], ["سبها"]),
  mv("deploy", "denied", CAG, [], ["سرت"]),
  mv("airlift", "planned", CAG, ["مطار سبها"], ["نجامينا"]),
  mv("withdraw", "conditional", CAG, ["ليبيا"]),
  mv("shipment", "reported", None, ["طرابلس"], ["ميناء بنغازي"]),
  mv("naval_landing", "reported", RU, ["طرطوس"], ["ميناء طبرق"]),
  mv("naval_landing", "planned", RU, [], ["ميناء طبرق"]),
 ],
 "qfk5": [
  mv("withdraw", "reported", CAG, ["ربيانة"], ["فايا لارجو"], ["أونيانغا كبير"]),
  mv("redeploy", "planned", CAG, ["كوري بوغودي"], ["زوار"]),
  mv("withdraw", "conditional", CAG, ["جنوب ليبيا"], ["تشاد"]),
  mv("advance", "denied", None, [], ["الجنينة"], ["معبر أدري"]),
 ],
}

NOTES = {
 "qfk1": "France 24 / AFP: FACT's communiqué says a column left its rear bases near Tajarhi and entered Wour; the army "
         "denies any incursion (denied advance Tajarhi→Wour) but admits FACT massing near Tajarhi on the Libyan side "
         "(reported mobilise); FACT's announced push on Zouar (planned); the army's reinforcement Faya-Largeau→Bardai "
         "(actor null: no canonical Chadian-army actor); FACT's offer to pull out of Tibesti if N'Djamena accepts talks "
         "(conditional). Latin glosses (Tadjerhi, Wour, Zouar, Bardaï) are gold places; N'Djamena in the condition, "
         "Jufra and Sharara in the background and the border phrase are not movement places.",
 "qfk2": "Monte Carlo Doualiya: CCMSR says its fighters pulled back from Kouri Bougoudi to around Murzuq (reported; "
         "El Feel only a locator); CCMSR's claim that the army withdrew the Aozou garrison to Bardai is denied (actor "
         "null); a planned army supply convoy Zouar→Kouri Bougoudi (actor null); the LNA's Tariq bin Ziyad brigade plans "
         "two companies Sabha→Qatrun (the Chad border only a distance reference) and would advance Qatrun→Tajarhi if "
         "CCMSR fighters come back (conditional). Murzuq municipality speaks; prospectors' flows are not movements.",
 "qfk3": "Asharq Al-Awsat: UFR claims a vanguard crossed from the Kufra area to the outskirts of Fada (army: no trace "
         "-> denied); UFR will not advance on Amdjarass unless attacked (conditional; the Sudan border only locates "
         "it); the army's reinforcement Abeche→Amdjarass (reported) and a planned airlift N'Djamena→Fada (actor null); "
         "Subul al-Salam patrols from 'the city' (= Kufra) to Maaten al-Sarra air base (reported deploy) and a gathering "
         "of Chadian vehicles near Rebiana (reported mobilise). Tripoli is only the GNA ministry's seat; Ennedi only "
         "locates Fada; the 2019 strike in north-eastern Chad is not a movement.",
 "qfk4": "Al-Quds Al-Arabi / Reuters: 300 FACT fighters Jufra air base→Umm al-Aranib via Sabha (reported redeploy; "
         "the headline's Jufra is the same move); the LNA denies Chadian fighters deployed in Sirte; the 5+5 plan "
         "(discussed in Tunis = city) to fly 500 fighters Sabha airport→N'Djamena (planned airlift); FACT will not leave "
         "Libya without guarantees (conditional); UN panel: vehicles bought in Tripoli, northern Lebanon, shipped by sea "
         "to Benghazi port (reported shipment; the movement's طرابلس is the Lebanese one, not the dateline); a Russian "
         "landing ship Tartus→Tobruk port (reported naval_landing) and a second one planned 'in the same port'.",
 "qfk5": "QNA: the first 420 UFR fighters reached the Faya-Largeau cantonment from Rebiana via Ounianga Kebir "
         "(reported withdraw); 350 CCMSR fighters to be moved Kouri Bougoudi→near Zouar (planned redeploy); FACT "
         "would bring its fighters from southern Libya back to Chad if prisoners are freed (conditional); Chad's staff "
         "denies a column crossed the Adre crossing toward Geneina (denied advance, actor null; the Sudan border in "
         "'did not leave their positions' is not a separate move). Algiers = venue (city), Algeria = country.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qfk1", "qfk2", "qfk3", "qfk4", "qfk5")
