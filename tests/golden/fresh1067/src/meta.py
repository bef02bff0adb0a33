# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                 # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                 # G
 "bahrain": ("country", "BH", 26.00211, 50.54527, "Bahrain"),                             # G
 # Benghazi and its plain
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                         # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"), # G
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                                 # G (row الرجمة; also written معسكر الرجمة)
 "abyar": ("town", "LY", 32.19000, 20.59653, "Al Abyar"),                                 # G
 "tocra": ("town", "LY", 32.53414, 20.57911, "Tocra"),                                    # G
 "suluq": ("town", "LY", 31.66818, 20.25205, "Suluq"),                                    # G
 "qaminis": ("town", "LY", 31.65760, 20.01697, "Qaminis"),                                # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                              # G (also written اجدابيا)
 # Al-Marj and the Green Mountain
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                   # G
 "jardas": ("town", "LY", 32.30337, 20.98615, "Jardas al Abid"),                          # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                      # G
 "qasr_libya": ("town", "LY", 32.63333, 21.41667, "Qasr Libya"),                          # G
 "wadi_kuf": ("region", "LY", 32.69650, 21.56560, "Wadi al-Kuf"),                         # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                                 # G (also written بيضاء after لل)
 "shahat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                                 # G
 "susah": ("town", "LY", 32.89702, 21.96583, "Susah"),                                    # G (row gn:81584, name_ar أبولونيا)
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "Al Abraq Airport"),              # G
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                                # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                    # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                  # G
 "jabal": ("region", "LY", 32.02519, 21.79830, "Jebel Akhdar (Green Mountain)"),          # G* (district row LY-JA used as region)
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica / eastern Libya"),          # G (row برقة; names_ar holds الشرق الليبي)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                             # G
 # rest of Libya
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                    # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                    # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                            # G
 "matruh_airport": ("airport", "EG", 31.32540, 27.22170, "Marsa Matruh Airport"),         # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                  # G
 "sallum_port": ("crossing", "EG", 31.600, 25.060, "Sallum land port"),                   # K
 "border_eg_ly": ("region", "EG", 31.35, 25.20, "Egypt-Libya border (Egypt side)"),       # K
 # Russia
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                  # G
}

TRAPS = {
 "qod1": ["تلفزيون بنغازي", "مديرية أمن بنغازي", "عملية الكرامة", "اللواء 106 مجحفل", "لواء طارق بن زياد"],
 "qod2": ["المكتب الإعلامي لبلدية البيضاء", "الجيش الوطني الليبي", "جامعة عمر المختار", "صخرة الجبل",
          "اللحوم البيضاء", "المرجح"],
 "qod3": ["بوابة الشباب", "صقور برقة 2026", "الجيش الوطني الليبي", "اللواء 106", "حسام شحاتة",
          "جامعة عمر المختار", "مصريون", "المصرية", "المصري", "مصري"],
 "qod4": ["أنباء موسكو", "روسيا اليوم", "الفيلق الأفريقي", "الجيش الوطني الليبي", "لواء طارق بن زياد",
          "الروسية", "الروس", "روسية", "روس", "الليبية"],
 "qod5": ["الوطن", "الجيش الوطني الليبي", "اللواء 106 مجحفل", "طارق بن زياد", "تحت القبة", "الخليجي"],
}

PHEN = {
 "qod1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "coverage_bases",
          "coverage_neighbours", "countries"],
 "qod2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "coverage_bases"],
 "qod3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qod4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "coverage_bases", "countries"],
 "qod5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba", "vague_area",
          "coverage_oil", "coverage_bases", "coverage_neighbours", "countries"],
}

LNA = "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qod1": [
  mv("redeploy", "reported", LNA, ["الأبيار"], ["بنغازي"]),
  mv("redeploy", "planned", LNA, ["المرج"], ["معسكر الرجمة"]),
  mv("redeploy", "conditional", LNA, ["اجدابيا"], ["بنغازي"]),
  mv("withdraw", "denied", LNA, ["توكرة"], ["بنغازي"]),
 ],
 "qod2": [
  mv("reinforce", "reported", LNA, ["المرج"], ["البيضاء"], ["قصر ليبيا"]),
  mv("deploy", "planned", LNA, ["البيضاء"], ["وادي الكوف"]),
  mv("shipment", "conditional", LNA, ["مطار الأبرق"], ["القبة"]),
  mv("withdraw", "denied", LNA, ["شحات", "سوسة"], ["المرج"]),
 ],
 "qod3": [
  mv("airlift", "reported", "Egyptian army", ["مطار مرسى مطروح"], ["قاعدة بنينا الجوية"]),
  mv("deploy", "planned", "Egyptian army", [], ["المرج"]),
  mv("reinforce", "conditional", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
  mv("deploy", "denied", "Egyptian army", [], ["الجغبوب", "طبرق"]),
 ],
 "qod4": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة الخادم"]),
  mv("redeploy", "planned", "Russian forces", ["قاعدة الخادم"], ["قاعدة بنينا الجوية"]),
  mv("withdraw", "conditional", "Russian forces", ["ليبيا"], []),
  mv("naval_landing", "reported", LNA, ["بنغازي"], ["توكرة"]),
  mv("deploy", "denied", "Russian forces", [], ["الابيار", "توكرة"]),
 ],
 "qod5": [
  mv("mobilise", "reported", LNA, [], ["جردس العبيد"]),
  mv("reinforce", "reported", LNA, ["بنغازي"], ["أجدابيا"], ["قمينس"]),
  mv("redeploy", "planned", LNA, ["معسكر الرجمة"], ["القبة", "درنه"]),
  mv("advance", "conditional", LNA, ["أجدابيا"], ["سرت"]),
  mv("withdraw", "denied", LNA, ["الأبيار"], ["بنغازي"]),
 ],
}

NOTES = {
 "qod1": "Benghazi TV (تلفزيون بنغازي) from Benghazi before the Karama parade: 106th Brigade columns Al-Abyar→Benghazi "
         "(redeploy), Saiqa formations planned Al-Marj→Al-Rajma camp, a Tariq bin Ziyad battalion's conditional move "
         "Ajdabiya→Benghazi («لن تتحرك ... إلا إذا»), a denied pull-out Tocra→Benghazi; the flypast from Benina air base, "
         "lorries diverted from Ajdabiya via Suluq, the road closure Tocra–Benghazi, the 2024 parade (Al-Marj, Al-Bayda, "
         "Tobruk) and the Egyptian delegation are not movements; تلفزيون بنغازي and مديرية أمن بنغازي hold بنغازي.",
 "qod2": "Al-Bayda municipality media office (المكتب الإعلامي لبلدية البيضاء) on the «صخرة الجبل» exercise: a mechanised "
         "company Al-Marj→Al-Bayda via Qasr Libya (reinforce), engineers planned Al-Bayda→Wadi al-Kuf, live ammunition "
         "from Al-Abraq airport to the range near Al-Qubba only if herders leave (conditional shipment), a denied "
         "pull-out Shahat/Susah→Al-Marj; students' buses from Shahat and Al-Qubba, the road to Al-Bayda (written "
         "بيضاء after لل) from Al-Abraq, tourist trips to Shahat, the 2023 exercise and the storm in Derna are not "
         "movements; المرجح holds المرج, اللحوم البيضاء and the office's name hold البيضاء.",
 "qod3": "Egyptian site (Bawabat Al-Shabab, بوابة الشباب) on Egyptian liaison officers: a C-130 Marsa Matruh airport→"
         "Benina air base with liaison officers and Saiqa (airlift), the force's planned move to a range near Al-Marj, "
         "a conditional reinforcement Marsa Matruh→Sallum (the border with Libya only in the condition), a denied "
         "deployment in Al-Jaghbub and around Tobruk; Cairo and Al-Rajma as command seats, the visit to Shahat's ruins, "
         "Egyptian workers returning from Benghazi and Ajdabiya through the Sallum land port and the Cairo meetings "
         "(Benghazi, Misrata) are not movements; حسام شحاتة holds شحات, صقور برقة 2026 holds برقة.",
 "qod4": "Russian Arabic paper (Anbaa Moscow, أنباء موسكو) from Moscow: Russian instructors flown Al-Jufra air base→Al-Khadim "
         "air base (airlift), part of them planned Al-Khadim→Benina air base, Russia's conditional withdrawal from "
         "Libya («لن تسحب ... ما لم»), an LNA naval landing exercise Benghazi→Tocra beach watched by Russian officers, "
         "a denied Russian deployment at Al-Abyar/around Tocra; the Il-76 with medical aid to Benina airport, Syria "
         "(background), Moscow and Benghazi as governments are not movements; أنباء موسكو and روسيا اليوم hold places.",
 "qod5": "Bahraini daily Al-Watan (الوطن) with agencies, Benghazi dateline: units massed at the Jardas al-Abid range for a "
         "live-fire exercise (mobilise), two Tariq bin Ziyad battalions Benghazi→Ajdabiya via Qaminis (reinforce), "
         "Saiqa companies planned Al-Rajma camp→Al-Qubba/Derna, a conditional advance Ajdabiya→Sirte (the Oil Crescent "
         "only in the condition), a denied 106th Brigade pull-out Al-Abyar→Benghazi; Tripoli and Benghazi as "
         "governments, fuel lorries Benghazi–Ajdabiya, Bahrain's statement, Egypt and Russia as observers' countries "
         "are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qod1", "qod2", "qod3", "qod4", "qod5")
