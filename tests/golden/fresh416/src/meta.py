# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "belarus": ("country", "BY", 53.69985, 28.01942, "Belarus"),                           # G
 # cities and towns used in several articles
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "jabal_akhdar": ("region", "LY", 32.02519, 21.79830, "Jebel Akhdar (Green Mountain)"), # G* (district row)
 "benghazi_port": ("crossing", "LY", 32.100, 20.050, "Port of Benghazi"),               # K
 # pb1 Benghazi checkpoints
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "qawarsha": ("town", "LY", 32.11486, 20.06859, "Al Guwarsha (Benghazi)"),              # G
 "buatni": ("town", "LY", 32.11486, 20.06859, "Bu Atni (Benghazi)"),                    # G
 "tocra": ("town", "LY", 32.53414, 20.57911, "Tocra"),                                  # G
 "qaminis": ("town", "LY", 31.65760, 20.01697, "Qaminis"),                              # G
 "suluq": ("town", "LY", 31.66818, 20.25205, "Suluq"),                                  # G
 "abyar": ("town", "LY", 32.19000, 20.59653, "Al Abyar"),                               # G
 "daryana": ("town", "LY", 32.34751, 20.30933, "Daryanah"),                             # G
 # pb2 Derna
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "derna_mun": ("district", "LY", 32.76704, 22.63669, "Derna municipality"),             # G* (city row)
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                              # G
 "bab_tobruk": ("town", "LY", 32.76704, 22.63669, "Bab Tobruk (Derna)"),                # G
 "wadi_derna": ("region", "LY", 32.745, 22.615, "Wadi Derna"),                          # K
 "martuba": ("town", "LY", 32.57421, 22.76353, "Martubah"),                             # G
 "ras_hilal": ("village", "LY", 32.87000, 22.18000, "Ras al Hilal"),                    # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "Al Abraq Airport"),            # G
 "derna_port": ("crossing", "LY", 32.770, 22.650, "Port of Derna"),                     # K
 # pb3 Al-Bayda and Shahat
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "shahat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                               # G
 "shahat_mun": ("district", "LY", 32.80430, 21.86605, "Shahhat municipality"),          # G* (town row)
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "qasr_libya": ("town", "LY", 32.63333, 21.41667, "Qasr Libya"),                        # G
 "abraq": ("town", "LY", 32.78991, 22.00050, "Al Abraq"),                               # G
 "susa": ("town", "LY", 32.89702, 21.96583, "Susah (Apollonia)"),                       # G* (row أبولونيا)
 "massah": ("town", "LY", 32.75249, 21.62807, "Massah"),                                # G
 # pb4 Tobruk and the Egyptian border
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.078, 23.975, "Port of Tobruk"),                   # K
 "emsaed": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "kambut": ("town", "LY", 31.90434, 24.47840, "Kambut"),                                # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "border_eg": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),      # K
 "tripoli_lb_port": ("crossing", "LB", 34.43352, 35.84415, "Port of Tripoli (Lebanon)"),  # G* (city row)
 # pb5 Al-Marj, Al-Khadim, Kufra
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
}

LNA, EGY, RUS = "Libyan National Army", "Egyptian army", "Russian forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "pb1": ["طارق بن زياد", "قورينا", "شارع دبي", "شارع جمال عبد الناصر", "مفتاح الطرابلسي", "الطرابلسي"],
 "pb2": ["طارق بن زياد", "المشهد", "ما أدري", "مجلس شورى مجاهدي درنة"],
 "pb3": ["التناصح", "طارق بن زياد", "صدام حفتر", "حمد البرعصي", "الأسلحة البيضاء", "جامعة عمر المختار"],
 "pb4": ["مصدر ليبى", "الشروق", "الجيش الوطنى الليبى", "الجانب الليبى", "مصرى", "مصرية", "اللبنانى"],
 "pb5": ["الجيش الليبي", "سبوتنيك", "لا أدري", "الروسية", "الروس", "الملف الليبي", "الهرج والمرج"],
}

PHEN = {
 "pb1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli",
         "coverage_bases"],
 "pb2": ["clitics", "multiword", "media_trap", "operation_trap", "ambiguity_idri", "ambiguity_country_capital",
         "town_vs_district", "vague_area", "coverage_bases", "coverage_crossings"],
 "pb3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "vague_area", "town_vs_district"],
 "pb4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "border_phrase", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "pb5": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
}

MOVES = {
 "pb1": [
  mv("deploy", "reported", LNA, ["قاعدة بنينا الجوية"], ["بنغازي", "القوارشة", "بوعطني"]),
  mv("reinforce", "reported", LNA, ["المرج"], ["توكرة"]),
  mv("deploy", "planned", LNA, [], ["قمينس", "سلوق"]),
  mv("reinforce", "conditional", LNA, [], ["الأبيار"]),
  mv("redeploy", "denied", LNA, ["بنغازي"], ["سرت"]),
 ],
 "pb2": [
  mv("deploy", "reported", LNA, ["بنغازي"], ["درنة", "باب طبرق"], ["المرج", "القبة"]),
  mv("withdraw", "reported", LNA, ["وادي درنة"], ["مرتوبة"]),
  mv("redeploy", "planned", LNA, ["رأس الهلال"], ["درنة"]),
  mv("airlift", "conditional", LNA, ["قاعدة بنينا الجوية"], ["مطار الأبرق"]),
  mv("naval_landing", "denied", LNA, ["ميناء بنغازي"], ["ميناء درنة"]),
 ],
 "pb3": [
  mv("reinforce", "reported", LNA, ["بنغازي"], ["البيضاء"], ["المرج", "قصر ليبيا"]),
  mv("mobilise", "reported", None, [], ["شحّات"]),
  mv("withdraw", "planned", LNA, ["شحّات"], ["الأبرق"]),
  mv("advance", "conditional", LNA, ["البيضاء"], ["شحّات"]),
  mv("deploy", "denied", LNA, [], ["سوسة", "مسة"]),
 ],
 "pb4": [
  mv("naval_landing", "reported", LNA, ["ميناء بنغازى"], ["ميناء طبرق"]),
  mv("reinforce", "reported", LNA, ["طبرق"], ["منفذ امساعد"], ["كمبوت"]),
  mv("shipment", "planned", LNA, ["طبرق"], ["الجغبوب"]),
  mv("reinforce", "conditional", EGY, ["مرسى مطروح"], ["السلوم"]),
  mv("advance", "denied", EGY, [], ["الجغبوب"]),
 ],
 "pb5": [
  mv("mobilise", "reported", LNA, [], ["المرج"]),
  mv("redeploy", "planned", LNA, ["المرج"], ["الكفرة"]),
  mv("shipment", "conditional", LNA, ["حقل السرير"], ["الكفرة"]),
  mv("airlift", "denied", RUS, ["قاعدة حميميم"], ["قاعدة الخادم"]),
 ],
}

NOTES = {
 "pb1": ("Quryna-style Benghazi security-plan report: Tariq bin Ziyad checkpoints Benina air base→Benghazi (Al-Qawarsha, "
         "Bu Atni; headline and quote retell one deploy), a 106 Brigade company Al-Marj→Tocra (reinforce), a planned "
         "deploy to Qaminis and Suluq, a conditional reinforcement of Al-Abyar (إذا), and a denied Benghazi→Sirte "
         "redeploy (لا صحة). Daryana (trucks seized nearby) and Tripoli (the government whose pages spread the claim) "
         "are not movement places; the outlet قورينا (Cyrene), شارع دبي, the officer الطرابلسي are traps."),
 "pb2": ("Al-Mashhad-style Derna report: a Tariq bin Ziyad force Benghazi→Derna via Al-Marj and Al-Qubba (Bab Tobruk "
         "checkpoints retell the same deploy), military police pulled back from around Wadi Derna to Martuba "
         "(stationing + withdraw), a planned 106 Brigade move Ras al-Hilal→Derna, a conditional Saiqa airlift "
         "Benina→Al-Abraq airport (في حال), a denied naval landing Benghazi port→Derna port. The municipal delegation "
         "back from Tunis is not a force move; «ما أدري» is the Idri trap; Bab Tobruk contains طبرق but is a Derna area."),
 "pb3": ("Al-Tanasuh-style Al-Bayda/Shahat report: a Tariq bin Ziyad reinforcement Benghazi→Al-Bayda via Al-Marj and "
         "Qasr Libya, armed Shahat youths gathering (mobilise, no canonical actor), a planned pull-back of the Shahat "
         "checkpoint to Al-Abraq, a conditional advance Al-Bayda→Shahat (إذا لم), a denied deployment to Susa and "
         "Massah. «القوة القادمة من بنغازي» retells the first move; the road to Susa closed with tyres is not a move; "
         "الأسلحة البيضاء is a common-word trap next to gold البيضاء."),
 "pb4": ("Al-Shorouk-style (Egyptian spelling with ى) Tobruk/border report: an LNA landing Benghazi port→Tobruk port, "
         "part of the force on to the Emsaed crossing via Kambut (reinforce), a planned ammunition/fuel convoy "
         "Tobruk→Al-Jaghbub, Egypt's conditional reinforcement Marsa Matruh→Sallum (إذا) and a denied Egyptian advance "
         "towards Al-Jaghbub. Marsa al-Hariga is background guarding; the drug container from the Lebanese Tripoli port "
         "is civilian; the border phrase is a locator inside the condition."),
 "pb5": ("Sputnik-style Al-Marj report: LNA 106 Brigade massing in Al-Marj (mobilise), a planned battalion move "
         "Al-Marj→Kufra (the Sudan border phrase only locates Kufra), a conditional fuel shipment Sarir field→Kufra "
         "(في حال), and a Russian MoD denial of an airlift Hmeimim→Al-Khadim air base. The Belarus delegation's visit "
         "to Benghazi and the diplomat in Tunis are not moves; «الهرج والمرج» and «لا أدري» are traps; Benghazi in the "
         "first paragraph is a distance reference."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("pb1", "pb2", "pb3", "pb4", "pb5")
