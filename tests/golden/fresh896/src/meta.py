# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G (row قاعدة بنينا الجوية)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 # qhn1 Mitiga (Al-Quds Al-Arabi)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "souq_juma": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                     # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tripoli_intl": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),  # G
 # qhn2 Benina (Al-Jarida)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "east_ly": ("region", "LY", 31.0, 21.5, "Eastern Libya"),                              # K
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "Al Abraq Airport"),            # G
 "tobruk_airport": ("airport", "LY", 31.86100, 23.90700, "Tobruk (Gamal Abdel Nasser) Airport"),  # G
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica"),                        # G
 # qhn3 Misrata (France 24)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "north_syria": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                 # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 # qhn4 Ghat and Sabha (Monte Carlo Doualiya)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # qhn5 Kufra (Al-Sudani)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                  # G
 "south_darfur": ("district", "SD", 10.95622, 24.44234, "South Darfur"),                # G
 "tripoint": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
}

TRAPS = {
 "qhn1": ["القدس العربي", "أحمد معيتيق", "قوة حماية طرابلس", "الاتحاد الليبي", "اللبنانية"],
 "qhn2": ["الجريدة", "الجيش الوطني الليبي", "طارق بن زياد", "الفيلق الأفريقي", "روسية"],
 "qhn3": ["فرانس 24", "بركان الغضب", "سرت شائعات", "شارع طرابلس", "الجيش الوطني الليبي", "سورياً", "عادل الزليتني",
          "البرلمان التركي"],
 "qhn4": ["مونت كارلو الدولية", "إدريس الطاهر", "الجيش الوطني الليبي", "الجيش الجزائري"],
 "qhn5": ["السوداني", "سبل السلام", "قوات الدعم السريع", "الجنوب الغربي", "البيت الأبيض", "الليبية",
          "إدريس عبد الجليل", "السودانية"],
}

PHEN = {
 "qhn1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "coverage_bases", "coverage_neighbours"],
 "qhn2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "coverage_bases",
          "coverage_crossings", "countries"],
 "qhn3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "coverage_bases", "coverage_crossings", "countries"],
 "qhn4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qhn5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qhn1": [
  mv("mobilise", "reported", "GNA forces", [], ["سوق الجمعة"]),
  mv("deploy", "reported", "GNA forces", ["تاجوراء"], ["معيتيقة"]),
  mv("withdraw", "conditional", "GNA forces", ["معيتيقة"]),
  mv("reinforce", "planned", "Misrata forces", ["مصراتة"], ["معيتيقة"], ["زليتن", "الخمس"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["طرابلس"]),
 ],
 "qhn2": [
  mv("deploy", "reported", "Libyan National Army", ["الرجمة"], ["مطار بنينا"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("shipment", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["الرجمة"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["قاعدة بنينا"]),
  mv("naval_landing", "planned", "Libyan National Army", ["قاعدة طبرق البحرية"], ["ميناء بنغازي"]),
  mv("reinforce", "conditional", "Libyan National Army", ["المرج"], ["بنغازي"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة حميميم"], ["مطار بنينا"]),
 ],
 "qhn3": [
  mv("airlift", "reported", "Turkish armed forces", ["أنقرة"], ["مطار مصراتة"]),
  mv("naval_landing", "reported", "Turkish armed forces", [], ["ميناء مصراتة"]),
  mv("deploy", "reported", "Misrata forces", ["تاورغاء"], ["مطار مصراتة"]),
  mv("redeploy", "planned", "Turkish armed forces", ["قاعدة الوطية"], ["مصراته"]),
  mv("reinforce", "conditional", "Misrata forces", ["مصراتة"], ["أبوقرين"]),
  mv("airlift", "denied", "Syrian mercenaries", ["شمال سوريا"], ["مصراتة"]),
 ],
 "qhn4": [
  mv("airlift", "reported", "Libyan National Army", ["مطار سبها"], ["مطار غات"]),
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["غات"], ["اوباري", "العوينات"]),
  mv("redeploy", "planned", "Libyan National Army", ["إدري"], ["مطار سبها"]),
  mv("withdraw", "denied", "Libyan National Army", ["مطار غات"]),
  mv("reinforce", "conditional", "Algerian army", [], ["جانت"]),
 ],
 "qhn5": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة معطن السارة"], ["مطار الكفرة"]),
  mv("shipment", "reported", "Libyan National Army", ["حقل السرير"], ["مطار الكفرة"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("airlift", "denied", "Sudanese armed groups", ["مطار الكفرة"], ["نيالا"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["المثلث الحدودي"]),
  mv("advance", "conditional", "Libyan National Army", [], ["المثلث الحدودي"]),
 ],
}

NOTES = {
 "qhn1": "Mitiga closed after shells near the runway: the 444 Brigade's reported massing at Souq al-Juma, a GNA force "
         "Tajura→Mitiga (the airport's gates), Radaa's conditional pull-out from Mitiga ('لن يسحب ... إلا إذا'), a planned "
         "Misrata company Misrata→Mitiga via Zliten and Al-Khums, and Zintan's denied column Zintan ('من المدينة')→Tripoli. "
         "Civil flights from Istanbul and Tunis diverted to Misrata airport, a handball team from Tripoli (Lebanon), the "
         "destroyed Tripoli International Airport and the Tripoli dateline are not movement places.",
 "qhn2": "Benina reopened after a drone strike: an LNA battalion Al-Rajma→the airport perimeter (Benina airport), a "
         "transport plane that left the base (Benina air base) for Kufra airport, ammunition trucked Benina air base→"
         "Al-Rajma stores, a planned air-defence battery Jufra air base→Benina base and a planned marine landing Tobruk "
         "naval base→Benghazi port, a conditional call-up Al-Marj→Benghazi, and a denied Russian Africa Corps flight "
         "Khmeimim→Benina airport (Syria only locates the base). Cairo dateline, Benghazi speaker, diverted civil flights "
         "to Al-Abraq and Tobruk airports and Cyrenaica are not movement places.",
 "qhn3": "Misrata airport reopened after a Grad rocket: two Turkish A400Ms Ankara→the airport (Misrata airport), Turkish "
         "marines landed at Misrata port, a Misrata battalion Tawergha→the airport perimeter, a planned Turkish "
         "air-defence system Al-Watiya→Misrata, a conditional reinforcement Misrata→Abu Qurayn (Sirte only in the "
         "condition), and a denied airlift of Syrian fighters northern Syria→Misrata (Tripoli = seat of the denying "
         "ministry, Benghazi = where the claim came from). Patrols between the airport and Zliten, civil flights to "
         "Istanbul and Amman, and the Turkish personnel present in Misrata and Al-Watiya (يوجد) are not movements.",
 "qhn4": "Ghat airport attacked: a C-130 Sabha airport→Ghat airport, an LNA column Tamanhint base→Ghat via Ubari and "
         "Al-Awaynat, a planned company Idri→Sabha airport, a denied withdrawal of the Ghat airport guards, and the "
         "Algerian army's conditional reinforcement of Djanet (the border with Algeria only in the condition). The "
         "headline's Sabha→Ghat air bridge is the body's airlift; Ubari's hospital, El Feel field, the Algiers dateline, "
         "the road to Sabha and the south-west/Fezzan background are not movement places.",
 "qhn5": "Kufra airport closed: Subul al-Salam's force Maaten al-Sarra base→the airport perimeter (Kufra airport), fuel "
         "trucks Sarir field→the airport's fuel stores, a planned special-forces airlift Benina air base→Kufra airport, "
         "the RSF's denied airlift Kufra airport→Nyala and denied massing in the border triangle, and the LNA's "
         "conditional advance to the triangle (the border with Sudan only in the condition). Port Sudan dateline, "
         "Benghazi (seat of the command), South Darfur, Libya/Sudan/Chad and the refugees are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qhn1", "qhn2", "qhn3", "qhn4", "qhn5")
