# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 # capitals and shared cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_mun": ("district", "LY", 32.11486, 20.06859, "Benghazi municipality"),       # G* (city row)
 "benghazi_port": ("crossing", "LY", 32.105, 20.048, "Port of Benghazi"),               # K
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "shahat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                               # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "gan_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),         # G* (row مطار طبرق, airport)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "amsaad_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 # wf1 the Dignity parade in Benghazi (Al-Quds Al-Arabi)
 "abyar": ("town", "LY", 32.19000, 20.59653, "Al Abyar"),                               # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica"),                        # G
 # wf2 Derna three years after Storm Daniel (France 24)
 "derna_mun": ("district", "LY", 32.76704, 22.63669, "Derna municipality"),             # G* (city row)
 "derna_port": ("crossing", "LY", 32.768, 22.650, "Port of Derna"),                     # K
 "wadi_derna": ("region", "LY", 32.735, 22.600, "Wadi Derna"),                          # K
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                              # G
 # wf3 Al-Bayda and the Green Mountain (Al-Jarida)
 "abraq_town": ("town", "LY", 32.78991, 22.00050, "Al Abraq"),                          # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),            # G
 "qasr_libya": ("town", "LY", 32.63333, 21.41667, "Qasr Libya"),                        # G
 "susa": ("town", "LY", 32.89702, 21.96583, "Susah (Apollonia)"),                       # G* (row أبولونيا, Libyan Susa)
 "ras_hilal": ("village", "LY", 32.87000, 22.18000, "Ras al Hilal"),                    # G
 "bayda_mun": ("district", "LY", 32.76272, 21.75506, "Al Bayda municipality"),          # G* (city row)
 "jabal_akhdar": ("district", "LY", 32.02519, 21.79830, "Al Jabal al Akhdar"),          # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 # wf4 Tobruk and the Egyptian border (Roya)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "border_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"), # G* (row الحدود الليبية المصرية)
 "kambut": ("town", "LY", 31.90434, 24.47840, "Kambut"),                                # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                   # K
 "bardia": ("town", "LY", 31.75601, 25.08530, "Bardia"),                                # G
 # wf5 Ajdabiya, Jalu and the road to Kufra (Monte Carlo Doualiya)
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjilah"),                               # G (row أوجلة; written اوجلة)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "tripoint": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
}

TRAPS = {
 "wf1": ["القدس العربي", "القيادة العامة للجيش الوطني الليبي", "الكرامة", "اللواء طارق بن زياد", "شارع جمال عبد الناصر", "الروس",
         "روسية", "الحرب السودانية"],
 "wf2": ["فرانس 24", "كتيبة الهندسة العسكرية 24 التابعة للجيش الوطني الليبي", "مصرية", "الليبية", "الخيام البيضاء", "الدفاع المدني اللبناني",
         "اللبنانية"],
 "wf3": ["الجريدة", "الكتيبة 302 التابعة للجيش الوطني الليبي", "فاغنر", "محمد الشحاتي", "الملك إدريس السنوسي", "جامعة عمر المختار",
         "دعم مالي", "الكويتية"],
 "wf4": ["رؤيا", "الكتيبة 165 مشاة التابعة للجيش الوطني الليبي", "الجيش المصري", "ليبية مصرية", "درع الصحراء", "عبد السلام الطبرقي", "القبة"],
 "wf5": ["سبل السلام", "مونت كارلو الدولية", "إدريس بوحليقة", "قوات الدعم السريع السودانية", "سودانيين", "سودانية",
         "تشادي"],
}

PHEN = {
 "wf1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "wf2": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "town_vs_district", "coverage_crossings", "coverage_neighbours"],
 "wf3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "countries"],
 "wf4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "wf5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "wf1": [
  mv("redeploy", "reported", "Libyan National Army", ["المرج"], ["بنغازي"], ["الأبيار"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة جمال عبد الناصر الجوية"], ["قاعدة بنينا"]),
  mv("redeploy", "planned", "Libyan National Army", [], ["أجدابيا", "جالو"]),
  mv("deploy", "denied", "Russian forces", ["قاعدة الخادم"], ["بنغازي"]),
  mv("reinforce", "conditional", "Libyan National Army", ["بنغازي"], ["الكفرة"]),
 ],
 "wf2": [
  mv("deploy", "reported", "Libyan National Army", ["بنغازي"], ["درنة"], ["البيضاء", "شحات"]),
  mv("withdraw", "reported", "Egyptian army", ["درنة"], ["مرسى مطروح"], ["منفذ امساعد"]),
  mv("naval_landing", "planned", "Libyan National Army", ["ميناء بنغازي"], ["ميناء درنة"]),
  mv("reinforce", "denied", "Libyan National Army", ["القبة"], ["درنه"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["وادي درنة"]),
 ],
 "wf3": [
  mv("reinforce", "reported", "Libyan National Army", ["المرج"], ["البيضاء"], ["قصر ليبيا"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["مطار الأبرق"]),
  mv("deploy", "planned", "Libyan National Army", [], ["شحات", "سوسة"]),
  mv("advance", "conditional", "Libyan National Army", [], ["رأس الهلال"]),
  mv("withdraw", "denied", "Wagner Group", ["قاعدة الخادم"], ["مالي"]),
 ],
 "wf4": [
  mv("deploy", "reported", "Libyan National Army", ["طبرق"], ["منفذ امساعد"], ["كمبوت"]),
  mv("shipment", "reported", "Libyan National Army", ["طبرق"], ["الجغبوب"]),
  mv("deploy", "planned", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("naval_landing", "conditional", "Libyan National Army", ["ميناء بنغازي"], ["ميناء طبرق"]),
  mv("redeploy", "denied", "Libyan National Army", ["البردية"], ["منفذ امساعد"]),
 ],
 "wf5": [
  mv("mobilise", "reported", "Libyan National Army", [], ["اجدابيا"]),
  mv("shipment", "reported", "Libyan National Army", ["اجدابيا"], ["الكفرة"], ["اوجلة", "جالو"]),
  mv("redeploy", "planned", "Libyan National Army", ["جالو"], ["حقل السرير"]),
  mv("advance", "conditional", "Libyan National Army", ["الكفرة"], ["المثلث الحدودي مع تشاد والسودان"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["جالو"]),
 ],
}

NOTES = {
 "wf1": "Parade for the Dignity anniversary in Benghazi: Tariq bin Ziyad columns Al-Marj→Benghazi via Al-Abyar, an airlift "
        "Gamal Abdel Nasser air base→Benina (Tobruk only locates the base), a planned return of the parade units to "
        "Ajdabiya and Jalu (no origin written), Russian personnel's denied move Al-Khadim base→Benghazi (the LNA denies, "
        "two actors in one sentence), and a conditional LNA reinforcement Benghazi→Kufra if the Sudan border worsens "
        "(the border is the condition, not a movement place); Tripoli only the seat of the GNA; the Gamal Abdel Nasser "
        "Street and the Tariq bin Ziyad brigade are traps.",
 "wf2": "Derna after Storm Daniel: an LNA engineering battalion Benghazi→Derna via Al-Bayda and Shahat, the last Egyptian "
        "army engineers withdrawing Derna ('the city')→Marsa Matruh via the Amsaad crossing, a planned landing ship "
        "Benghazi port→Derna port, a denied reinforcement Al-Qubba→Derna (spelt درنه) against a sit-in, and a "
        "conditional deployment on the banks of Wadi Derna if a red alert is issued; Tripoli (Libya, GNA seat) beside "
        "Tripoli (Lebanon, a civil-defence team, not armed), Benghazi also as the seat of the eastern government.",
 "wf3": "Al-Bayda: an LNA column Al-Marj→Al-Bayda via Qasr Libya (ليبيا inside the town name), military police flown "
        "Benina→Al-Abraq airport, planned companies for Shahat and Susa (Libyan Susa/Apollonia, not Sousse), a "
        "conditional entry into Ras al-Hilal, and Wagner's denied pull-out Al-Khadim base→Mali ('مالي' also inside the "
        "trap 'دعم مالي'); Kuwait is the country (donor), King Idris and the commander al-Shahati are person traps.",
 "wf4": "Tobruk and the Egyptian border: LNA units Tobruk→the Amsaad crossing via Kambut, 12 ammunition trucks "
        "Tobruk→Jaghbub (the Egypt border only a distance reference), Egyptian units planned from the Mohamed Naguib "
        "base to the Gamal Abdel Nasser air base (Tobruk a locator) for joint drills, a conditional marine lift Benghazi "
        "port→Tobruk port (Hariga only a locator), and a denied transfer of troops from Bardia to 'the crossing' "
        "(resolved to the Amsaad crossing); Tunis is the city hosting the 5+5 meeting; Derna only a civilian trucks' "
        "destination.",
 "wf5": "Ajdabiya and the Kufra road: Subul al-Salam vehicles massing at Ajdabiya's southern gate, a fuel-and-ammunition "
        "convoy Ajdabiya→Kufra via Awjila (spelt اوجلة) and Jalu, a planned company Jalu→Sarir field (Hariga and Tobruk "
        "only the pipeline's end), a conditional advance Kufra→the Libya-Chad-Sudan triangle, and RSF massing in Jalu "
        "denied by the LNA; the Chad border and Kufra in the last paragraph are civilian (refugees).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("wf1", "wf2", "wf3", "wf4", "wf5")
