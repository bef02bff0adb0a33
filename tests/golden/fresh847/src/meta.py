# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # capitals and datelines
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 # Ghadames and the Nafusa road
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),        # G* (town row)
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),     # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                              # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                   # G (written الدرج; gazetteer درج)
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "tripoint": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 # Al-Qaryat, Mizda and the road south
 "qaryat": ("town", "LY", 30.38333, 13.58333, "Al Qaryat"),                             # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "jabal_gharbi": ("district", "LY", 30.33380, 13.28744, "Jabal al Gharbi district"),    # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                     # G
 "hamada_field": ("oilfield", "LY", 29.53110, 12.94370, "Hamada oil field"),            # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),                # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 # Algeria: Ouargla, Illizi wilaya, In Amenas, Debdeb
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "touggourt": ("city", "DZ", 33.11083, 6.07000, "Touggourt"),                           # G
 "hassimessaoud": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                  # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "inamenas_airport": ("airport", "DZ", 28.05150, 9.64291, "In Amenas Airport"),         # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "debdeb_crossing": ("crossing", "DZ", 30.08, 9.46, "Debdeb-Ghadames border crossing"),  # K
 "border_dzside": ("region", "DZ", 29.6, 9.55, "Algeria-Libya border (Algerian side, Debdeb sector)"),  # K
 "illizi_wilaya": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),             # G
 # Tunisia: Tataouine governorate, Remada, Dehiba, Borj El Khadra
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),       # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "remada_base": ("base", "TN", 32.306, 10.382, "Remada Air Base"),                      # K
 "borjkhadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                  # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba-Wazin border crossing (Tunisian side)"),  # G* (row منفذ وازن, country TN)
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                   # G
 "zarzis_port": ("crossing", "TN", 33.48, 11.12, "Port of Zarzis"),                       # K
 "border_lytn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),           # G
 "sidiahmed": ("base", "TN", 37.24540, 9.79150, "Bizerte-Sidi Ahmed Air Base"),         # G
 "bizerte": ("city", "TN", 37.27442, 9.87391, "Bizerte"),                               # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
}

TRAPS = {
 "qfq1": ["القدس العربي", "يوسف الغدامسي", "الجيش الوطني الليبي", "الجيش الجزائري", "الجيش التونسي"],
 "qfq2": ["«الشعب»", "الجيش الوطني الشعبي", "الناحية العسكرية الرابعة", "إدريس بن عمار", "الليبية"],
 "qfq3": ["ديوان أف أم", "الجيش الوطني", "عادل النالوتي", "مالي", "الليبية"],
 "qfq4": ["«الجريدة»", "طارق بن زياد", "درع القريات", "الشويرفي", "حبيس الدرج", "الجيش الوطني الليبي", "المنطقة العسكرية الغربية"],
 "qfq5": ["الشرق الأوسط", "«الجيش الوطني»", "إدريس الزنتاني", "تونسية", "الجزائريين", "اللبنانية"],
}

PHEN = {
 "qfq1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qfq2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
          "ambiguity_idri", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qfq3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qfq4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qfq5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_oil", "coverage_neighbours",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qfq1": [
  mv("reinforce", "reported", "GNA forces", ["نالوت"], ["غدامس"], ["سيناون"]),
  mv("airlift", "planned", "GNA forces", ["قاعدة الوطية"], ["مطار غدامس"]),
  mv("advance", "denied", "Libyan National Army", ["الدرج"], ["غدامس"]),
  mv("reinforce", "conditional", "Algerian army", ["حاسي مسعود"], ["الدبداب"]),
  mv("deploy", "reported", "Tunisian army", [], ["برج الخضراء"]),
  mv("shipment", "reported", "GNA forces", ["الزنتان"], ["غدامس"]),
 ],
 "qfq2": [
  mv("airlift", "reported", "Algerian army", ["ورقلة"], ["مطار عين أميناس"]),
  mv("deploy", "reported", "Algerian army", ["عين أميناس"], ["الدبداب"]),
  mv("reinforce", "planned", "Algerian army", ["تقرت"], ["الدبداب"]),
  mv("redeploy", "conditional", "Algerian army", ["عين أميناس"], ["معبر الدبداب"]),
  mv("advance", "denied", "Algerian army", [], ["غدامس"]),
 ],
 "qfq3": [
  mv("reinforce", "reported", "Tunisian army", ["رمادة"], ["برج الخضراء"]),
  mv("airlift", "planned", "Tunisian army", ["قاعدة سيدي أحمد الجوية"], ["قاعدة رمادة الجوية"]),
  mv("redeploy", "conditional", "Tunisian army", ["قابس"], ["الذهيبة"]),
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["منفذ وازن"]),
  mv("naval_landing", "reported", "Tunisian army", ["صفاقس"], ["ميناء جرجيس"]),
  mv("withdraw", "denied", "Tunisian army", ["معبر الذهيبة"]),
 ],
 "qfq4": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["القريات"], ["الشويرف"]),
  mv("redeploy", "planned", "Libyan National Army", ["القريات"], ["الحمادة الحمراء"]),
  mv("deploy", "reported", "GNA forces", ["غريان"], ["مزدة"]),
  mv("advance", "conditional", "GNA forces", [], ["القريات"]),
  mv("shipment", "denied", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["القريات"]),
  mv("mobilise", "reported", "GNA forces", [], ["غريان"]),
  mv("naval_landing", "planned", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
 ],
 "qfq5": [
  mv("deploy", "reported", "Zintan forces", ["الزنتان"], ["الدرج"]),
  mv("withdraw", "reported", "Libyan National Army", ["القريات"], ["براك"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["الشويرف"]),
  mv("advance", "conditional", "Libyan National Army", ["القريات"], ["الدرج"]),
  mv("withdraw", "denied", "GNA forces", ["مطار غدامس"]),
  mv("deploy", "planned", "Algerian army", ["ورقلة"], ["الدبداب"]),
 ],
}

NOTES = {
 "qfq1": "Al-Quds Al-Arabi from Ghadames: a GNU reinforcement Nalut→Ghadames via Sinawen and its ammunition/fuel trucks "
         "Zintan→Ghadames, a planned company airlifted Al-Watiya base→Ghadames airport, the LNA's denied advance "
         "Derj→Ghadames, an Algerian conditional reinforcement Hassi Messaoud→Debdeb (the border triangle only the "
         "condition) and Tunisian units deployed at Borj El Khadra; Tripoli is a speaker's city and a distance "
         "reference, Al-Qaryat/Shwayrif/Sabha/Fezzan and the Wafa field only the smuggling road, Hamada al-Hamra only "
         "where caravans come from, the border with Algeria only where smugglers work.",
 "qfq2": "Echaab from Ouargla: an Algerian airlift Ouargla→In Amenas airport, a detachment In Amenas→Debdeb (Ghadames "
         "only a locator 'facing'), a planned regiment Touggourt→Debdeb posts, a conditional company In Amenas→Debdeb "
         "crossing and a denied patrol incursion to the outskirts of Ghadames; the border with Libya in the communique's "
         "wording, smuggled fuel 'towards Libya and Tunisia' and the chief of staff's meeting in Algiers are not "
         "movements; 'إدري' only inside a person's name.",
 "qfq3": "Diwan FM from Tataouine: Tunisian reinforcements Remada→Borj El Khadra (positions in the buffer zone, "
         "Ghadames '15 km' a distance reference), a planned C-130 airlift Sidi Ahmed air base (in Bizerte)→Remada air "
         "base, a conditional regiment Gabes→Dehiba, marines landed Sfax→Zarzis port (the Libya-Tunisia border only "
         "the purpose), a GNU border-guard force Nalut→Wazin crossing, and the defence ministry's denial of a pull-out "
         "from the Dehiba crossing; 'الجيش الوطني' here is the Tunisian army, 'مالي' means financial.",
 "qfq4": "Al-Jarida from Tripoli: an LNA (Tariq bin Ziyad) column Brak air base→Al-Qaryat via Shwayrif, a planned "
         "company Al-Qaryat→Hamada al-Hamra, a GNU western-zone force Gharyan→Mizda and more vehicles massing in "
         "Gharyan, its conditional advance on Al-Qaryat (no origin written; Mizda only in the condition), a denied arms "
         "shipment Jufra air base→Al-Qaryat and a planned GNU naval landing Abu Sitta base→Zuwara port (Tripoli only "
         "locates the base); the smugglers' road Derj–Al-Qaryat–Shwayrif and the Captagon from Tripoli port in "
         "Lebanon are not force moves.",
 "qfq5": "Asharq Al-Awsat from Cairo: Zintan brigades deployed Zintan→Derj (checkpoints on the Derj–Idri road past the "
         "Hamada field add no move), the LNA pulling half its units Al-Qaryat→Brak, its conditional advance "
         "Al-Qaryat→Derj, 40 LNA vehicles massing in Shwayrif, the GNU's denied withdrawal from Ghadames airport, and a "
         "planned Algerian regiment Ouargla→Debdeb (Ghadames a locator); Tripoli (Lebanon) only the source of "
         "Captagon, Tunisia's alert at Borj El Khadra and the GNU premier's visit to Algiers are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qfq1", "qfq2", "qfq3", "qfq4", "qfq5")
