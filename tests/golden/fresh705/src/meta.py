# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 # qae1 the Misrata front west of Sirte (Al-Quds Al-Arabi)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G* (row London, Arabic name garbled)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "misrata_port": ("crossing", "LY", 32.360, 15.210, "Port of Misrata (Qasr Ahmad)"),          # K
 "sirte_port": ("crossing", "LY", 31.215, 16.595, "Port of Sirte"),                      # K
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # qae2 Kufra and the Sudanese border (Ammon)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 23.30855, 22.08059, "Al Kufra (municipality/district)"),  # G (row district:LY-KF, names include بلدية الكفرة)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (row خرطوم)
 "south_east": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),             # G* (row جنوب شرق ليبيا)
 # qae3 Al-Jufra and the oil fields (Sada El Balad)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "jufra": ("district", "LY", 29.15, 16.05, "Al Jufra (area)"),                          # K (README rule: point near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "waddan_mun": ("district", "LY", 29.16140, 16.13904, "Waddan municipality"),           # G* (town row)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "dahra": ("oilfield", "LY", 29.47260, 17.93490, "Dahra oil field"),                    # G
 "marada": ("town", "LY", 29.22054, 19.20454, "Maradah"),                               # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 # qae4 Ras Ajdir and the western coast (Babnet)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "jumayl": ("town", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G (gazetteer kind city)
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "border_tn": ("region", "LY", 33.00, 11.65, "Libya-Tunisia border (Libyan side, coast)"),  # K
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 # qae5 Ghat and the south-west (Al-Jarida)
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),             # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
}

TRAPS = {
 "qae1": ["القدس العربي", "السرتي", "البنيان المرصوص", "الجيش اللبناني"],
 "qae2": ["عمون", "سبل السلام", "الجيش الوطني الليبي", "إدريس بوحليقة", "الدعم السريع", "السودانية", "الدارفورية"],
 "qae3": ["صدى البلد", "الجيش الوطني الليبي", "الوداني", "أي زلة", "وول ستريت جورنال", "اللهجة الليبية"],
 "qae4": ["باب نات", "الطرابلسي", "هذه الزاوية", "الجيش التونسي", "تونسي", "ليبيا الأحرار"],
 "qae5": ["الجريدة", "طارق بن زياد", "الجيش الوطني الليبي", "إدريس الغاتي", "الغاتي", "الوسط"],
}

PHEN = {
 "qae1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "countries"],
 "qae2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours",
          "countries"],
 "qae3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qae4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qae5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qae1": [
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["أبو قرين"], ["تاورغاء"]),
  mv("deploy", "planned", "Misrata forces", ["أبوقرين"], ["بويرات الحسون"]),
  mv("advance", "conditional", "Misrata forces", [], ["سرت"]),
  mv("naval_landing", "conditional", "Misrata forces", ["ميناء مصراتة"], ["ميناء سرت"]),
  mv("airlift", "denied", "Syrian mercenaries", ["تركيا"], ["مطار مصراتة"]),
  mv("shipment", "denied", None, [], ["ميناء مصراتة"]),
 ],
 "qae2": [
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["مثلث العوينات"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("redeploy", "planned", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["تازربو"], ["الحدود مع السودان"]),
  mv("advance", "denied", "Sudanese armed groups", [], ["ربيانة"]),
 ],
 "qae3": [
  mv("redeploy", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["زلة"], ["ودان"]),
  mv("deploy", "planned", "Libyan National Army", ["زلة"], ["حقل الظهرة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["قاعدة براك الجوية"], ["سوكنة"]),
  mv("airlift", "denied", "Russian forces", ["سوريا"], ["قاعدة الجفرة"]),
 ],
 "qae4": [
  mv("deploy", "reported", "GNA forces", ["الزاوية"], ["معبر رأس اجدير"], ["زوارة"]),
  mv("naval_landing", "reported", "GNA forces", ["ميناء طرابلس"], ["أبو كماش"]),
  mv("redeploy", "planned", "GNA forces", ["راس جدير"], ["مجمع مليتة"]),
  mv("withdraw", "conditional", "GNA forces", ["رأس اجدير"], ["صبراتة"]),
  mv("mobilise", "denied", "Tunisian army", [], ["بن قردان"]),
 ],
 "qae5": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["غات"], ["اوباري"]),
  mv("shipment", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["غات"]),
  mv("deploy", "planned", "Libyan National Army", ["غات"], ["منفذ إيسين"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["اوباري"]),
  mv("reinforce", "conditional", "Libyan National Army", ["جرمة"], ["عوينات"]),
  mv("withdraw", "denied", "Libyan National Army", ["حقل الشرارة"], ["أوباري"]),
 ],
}

NOTES = {
 "qae1": "Q&A with a Misrata axis commander, answers in Libyan colloquial: a reported reinforcement Misrata→Abu Qurayn "
         "(written 'أبو قرين') via Tawergha ('طلعنا ... عدّينا على ... ووصلنا'); a planned company Abu Qurayn→Buwairat "
         "al-Hassoun; a conditional advance on Sirte ('كان قربوا ... من الوشكة حنتقدموا لسرت': Al-Washka is only the "
         "condition) with a conditional landing Misrata port→Sirte port in the same sentence; a denied airlift of Syrian "
         "mercenaries Turkey→Misrata airport and a denied arms ship into Misrata port (actor null). The headline repeats moves; London "
         "is the dateline; Tripoli (Libya) is the government seat and Tripoli (Lebanon) a recruitment-network arrest, "
         "neither a movement place; السرتي (person) and البنيان المرصوص (operation) are traps.",
 "qae2": "Q&A with the LNA Subul al-Salam commander in Kufra: a reported deploy Kufra→the Jebel Uweinat triangle "
         "(three posts 'ركّزنا غادي' = same move), a reported airlift Benina base→Kufra airport, a planned company "
         "Kufra→Maaten al-Sarra base, a conditional reinforcement Tazirbu→the border with Sudan if the RSF cross "
         "'المثلث' (generic, not annotated), and a denied entry of Darfuri fighters into Rebiana (Sudanese armed "
         "groups). Smugglers' trucks turned back are not a force move. Amman (dateline, not Oman), Khartoum and the "
         "Kufra municipality are not movement places.",
 "qae3": "Q&A with an LNA Jufra axis commander for an Egyptian site: a reported battalion transfer Al-Jufra air base→"
         "Zillah via Waddan, a planned company Zillah→Dahra field (Marada only the '120 km' reference), a conditional "
         "reinforcement Brak air base→Sokna if anything moves near Abu Qurayn (condition only), and a denied airlift "
         "of Russian personnel Syria→Al-Jufra base. 'أي زلة' (any slip) is a common-word trap beside the town Zillah; "
         "Sirte/Al-Jufra in the 'red line', the Oil Crescent, Hun, Waddan municipality and Cairo are not movement places.",
 "qae4": "Q&A with a GNA joint-force commander at Ras Ajdir for a Tunisian site: a reported deploy Zawiya→Ras Ajdir "
         "crossing via Zuwara, a reported landing of 40 navy men Tripoli port→Abu Kammash beach, a planned company Ras Ajdir (written 'راس جدير')→Mellitah complex, a conditional "
         "pull-back Ras Ajdir→Sabratha if agreement is reached with Zuwara and Al-Jumayl notables (speakers only), and "
         "a denied Tunisian massing in Ben Gardane (mobilise). 'هذه الزاوية' (this angle) and الطرابلسي (the interviewer) are "
         "traps; Tunis is the dateline, تونس otherwise the country; travellers diverted to the Wazin crossing are civilian.",
 "qae5": "Q&A with an LNA Tariq ibn Ziyad sector commander in Ghat for a Kuwaiti daily: a reported deploy Sabha→Ghat "
         "via Ubari (written 'اوباري') and its ammunition trucks Tamanhint base→Ghat ('لغات'), a planned company Ghat→"
         "Isayen crossing, a reported reserve company massed in Ubari, a conditional reinforcement Germa→"
         "Al-Awaynat ('للعوينات', surface 'عوينات') if smugglers move near the Algerian border (condition only), and a "
         "denied pull-out from the Sharara field towards Ubari. Kuwait is the dateline; Idri's notables' visit and "
         "smuggling to Niger/Algeria are not force moves; إدريس الغاتي (person) holds both إدري and غات.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qae1", "qae2", "qae3", "qae4", "qae5")
