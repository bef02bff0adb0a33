# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                  # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                                  # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "china": ("country", "CN", 36.90357, 98.60509, "China"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 # cities and towns
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                               # G
 "ajdabiya_mun": ("district", "LY", 30.75545, 20.22625, "Ajdabiya municipality"),          # G* (city row)
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                     # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                   # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                       # G
 "jalu_mun": ("district", "LY", 29.03333, 21.55000, "Jalu municipality"),                  # G* (town row)
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjilah"),                                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                     # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                                 # G
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                           # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                  # G
 "tina_sd": ("town", "SD", 15.03, 22.83, "Tina (Sudan)"),                                  # K
 # ports, terminals, fields, airports, bases, crossings
 "zueitina_port": ("oilfield", "LY", 30.94, 20.06, "Zueitina oil terminal"),               # K
 "brega_port": ("oilfield", "LY", 30.417, 19.583, "Marsa al-Brega oil terminal and port"), # K
 "brega_airport": ("airport", "LY", 30.37810, 19.57640, "Marsa Brega Airport"),            # G
 "benghazi_port": ("crossing", "LY", 32.118, 20.058, "Port of Benghazi"),                  # K
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                         # G
 "buattifel": ("oilfield", "LY", 28.79540, 22.08090, "Bu Attifel oil field"),              # G
 "nafoura": ("oilfield", "LY", 29.21320, 21.59240, "Nafoora oil field"),                   # G
 "amal": ("oilfield", "LY", 29.47950, 21.12240, "Amal oil field"),                         # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                       # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                  # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                          # G
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                 # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                       # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),        # G
 "adre": ("crossing", "TD", 13.46648, 22.19875, "Adre crossing"),                          # G* (town row Adré)
 # regions and districts
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                     # G
 "sirte_basin": ("region", "LY", 28.60000, 19.30000, "Sirte Basin"),                       # G
 "south_east_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),             # G* (row جنوب شرق ليبيا)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),        # G* (row مثلث العوينات)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "border_sd_ly": ("region", "SD", 20.8, 25.3, "Libya-Sudan border (Sudanese side)"),       # K
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                 # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                   # G
}

LNA, SUD = "Libyan National Army", "Sudanese armed groups"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "ma1": ["الجيش الوطني", "الشرق", "بلومبرغ", "شركة الزويتينة للنفط", "الليبية", "شارع طرابلس", "المالي",
         "عملية البرق الخاطف"],
 "ma2": ["CNN بالعربية", "شركة سرت لإنتاج وتصنيع النفط والغاز", "ليبيا الحدث", "الملك إدريس السنوسي", "ليبية",
         "عملية الكرامة"],
 "ma3": ["شينخوا", "الجيش الوطني الليبي", "فرج الأوجلي", "شركة الهروج للعمليات النفطية", "صينية", "الصينية",
         "على أمل"],
 "ma4": ["إيلاف", "الجيش الوطني الليبي", "سودانية", "شركة الخليج العربي للنفط", "كتيبة سبل السلام", "ما ادري",
         "قوات الدعم السريع", "السودانيين"],
 "ma5": ["سودان تربيون", "القوة المشتركة لحركات دارفور", "قوات الدعم السريع", "الليبي", "الليبية", "الجيش السوداني",
         "الحكومة السودانية", "سوداني"],
}

PHEN = {
 "ma1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_oil", "countries"],
 "ma2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "ambiguity_country_capital", "coverage_oil", "countries"],
 "ma3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "vague_area",
         "town_vs_district", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "ma4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "ma5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_idri", "vague_area",
         "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}

MOVES = {
 "ma1": [
  mv("deploy", "reported", LNA, ["البريقة"], ["ميناء الزويتينة"], ["اجدابيا"]),
  mv("advance", "conditional", LNA, [], ["ميناء الزويتينة"]),
  mv("naval_landing", "planned", LNA, ["ميناء بنغازي"], ["ميناء الزويتينة"]),
  mv("mobilise", "reported", None, [], ["ميناء الزويتينة"]),
  mv("withdraw", "denied", None, ["ميناء الزويتينة"], ["أجدابيا"]),
 ],
 "ma2": [
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء البريقة"]),
  mv("shipment", "reported", LNA, ["طبرق"], ["البريقة"], ["أجدابيا"]),
  mv("reinforce", "conditional", LNA, ["أجدابيا"], ["البريقة"]),
  mv("redeploy", "denied", LNA, ["البريقة"], ["رأس لانوف"]),
  mv("deploy", "planned", None, [], ["مطار البريقة"]),
 ],
 "ma3": [
  mv("reinforce", "reported", LNA, ["أجدابيا"], ["جالو"]),
  mv("deploy", "planned", LNA, [], ["حقل أبو الطفل"]),
  mv("withdraw", "reported", None, ["حقل آمال"], ["اوجلة"]),
  mv("advance", "conditional", LNA, ["جالو"], ["حقل النافورة"]),
  mv("mobilise", "denied", None, [], ["اوجلة"]),
 ],
 "ma4": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("advance", "reported", LNA, ["الكفرة"], ["حقل السرير"]),
  mv("redeploy", "conditional", LNA, ["قاعدة معطن السارة"], ["حقل السرير"]),
  mv("shipment", "denied", LNA, ["الكفرة"], [], ["المثلث الحدودي"]),
  mv("withdraw", "planned", SUD, ["الكفرة", "ربيانة"], ["السودان"], ["الحدود مع السودان"]),
 ],
 "ma5": [
  mv("shipment", "reported", SUD, ["اجدابيا"], ["المالحة"], ["جالو", "كفرة"]),
  mv("airlift", "denied", LNA, ["قاعدة الخادم"], ["مطار الكفرة"]),
  mv("redeploy", "planned", LNA, ["الكفرة"], ["المثلث الحدودي"]),
  mv("mobilise", "conditional", SUD, [], ["الحدود مع ليبيا"]),
 ],
}

NOTES = {
 "ma1": ("Asharq Business-style energy story (Ajdabiya dateline): striking Petroleum Facilities Guard members shut the "
         "Zueitina terminal; reported LNA deploy Brega→Zueitina terminal via Ajdabiya (street trap شارع طرابلس), "
         "conditional advance into the port («إذا لم يُفضّ»), planned marine landing from Benghazi port to «رصيف الميناء» "
         "(anaphora), the strikers' reported mobilisation at the gate and the PFG's denied pull-out to Ajdabiya. Tripoli "
         "only as NOC seat; the Malta-flagged tanker is civil."),
 "ma2": ("CNN Arabic-style report from Brega: reported LNA marine landing Benghazi port→Brega port, a reported "
         "ammunition/armour convoy Tobruk→Brega («إلى البلدة») via Ajdabiya, a conditional reinforcement "
         "Ajdabiya→Brega («إذا تكرر»), a denied redeploy of Battalion 302 Brega→Ras Lanuf and the PFG's planned "
         "deployment round Brega airport. King Idris (Idri trap), a gas tanker bound for Tunisia (country) and the "
         "attackers' flight «نحو الصحراء» are not movements."),
 "ma3": ("Xinhua-style wire from Benghazi: reported LNA reinforcement Ajdabiya→Jalu, a planned company for the Bu "
         "Attifel field, the PFG's reported withdrawal Amal field→Awjila (spelled اوجلة), a conditional advance "
         "Jalu→Nafoora field («إذا رُصدت») and a denied tribal mobilisation in Awjila. Chinese oil workers moved to "
         "Benghazi and on to Egypt via Amsaad are civilians, not a movement."),
 "ma4": ("Elaph-style report: reported LNA airlift Benina air base→Kufra airport, Subul al-Salam's reported advance "
         "Kufra→Sarir field («باتجاه الحقل»), a conditional redeploy Maaten al-Sarra→Sarir, a denied fuel/ammunition "
         "run from Kufra via the border triangle, and the 5+5 plan (agreed in Tunis) to send Sudanese fighters home "
         "from Kufra and Rebiana across the border with Sudan (planned withdraw). The Ajdabiya–Kufra road checkpoints "
         "are part of the advance; «ما ادري» is the Idri trap."),
 "ma5": ("Sudan Tribune-style report from Port Sudan on the Kufra road: a reported RSF fuel convoy Ajdabiya→Al Malha via "
         "Jalu and Kufra (spelled كفرة), the LNA's denied arms airlift Al Khadim→Kufra airport, its planned battalion "
         "Kufra→the border triangle and the Darfur joint force's conditional mobilisation on the border with Libya "
         "(Sudanese side). Adré crossing and Tina are background/speaker places; the RSF's seizure of the triangle is "
         "control, not a movement."),
}

WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ma1", "ma2", "ma3", "ma4", "ma5")
