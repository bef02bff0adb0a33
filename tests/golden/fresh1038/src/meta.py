# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # Al-Jufra and central Libya
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                     # G (also written هُون)
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                               # G (also written ودّان)
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sawknah"),                               # G (also written سوكنه)
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                               # G (also written زلّة)
 "fuqaha": ("town", "LY", 27.83333, 16.35000, "Al-Fuqaha"),                            # G
 "jufra_dist": ("district", "LY", 29.19810, 16.00100, "Al Jufra District"),            # G* (point of the base row)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                # G (also written قاعدة الجفرة)
 "central_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                  # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                 # G
 "sirte_basin": ("region", "LY", 28.60000, 19.30000, "Sirte Basin"),                   # G
 "zelten": ("oilfield", "LY", 28.58710, 19.30340, "Zelten oil field"),                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                             # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                       # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                            # G
 # Fezzan
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                   # G (also written براك الشاطئ)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                     # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                 # G (also written سبهـا)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                            # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),  # G* (row الحدود الليبية النيجرية)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                   # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                 # G
 # Libya: coast and country
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                              # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                             # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                           # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),          # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 # abroad
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                               # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                   # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                              # G
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                           # G
 "damascus_airport": ("airport", "SY", 33.4114, 36.5156, "Damascus International Airport"),  # K
 "homs": ("city", "SY", 34.72405, 36.72559, "Homs"),                                   # G
 "deir_ez_zor": ("city", "SY", 35.33588, 40.14084, "Deir ez-Zor"),                     # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                               # G
 "niamey_airport": ("airport", "NE", 13.48150, 2.18361, "Diori Hamani International Airport"),  # G (row مطار نيامي)
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                      # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                   # G
 "tokyo": ("city", "JP", 35.68950, 139.69171, "Tokyo"),                                # G (row توكيو, written طوكيو)
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                  # G
}

TRAPS = {
 "qna1": ["العنوان", "اللواء 101 مشاة", "غرفة عمليات الجفرة", "عزلة", "مرهون", "الهوني", "سرايا الدفاع عن بنغازي",
          "الفيلق الأفريقي الروسي"],
 "qna2": ["تلفزيون بريكس", "الفيلق الأفريقي", "القيادة العامة للجيش الوطني الليبي", "وزارة الدفاع الروسية", "فاغنر", "روسية", "الروسية",
          "ليبية"],
 "qna3": ["العرب", "اتفاق جنيف", "القوة المشتركة", "سودانيين", "شركة البريقة لتسويق النفط", "خسرت", "حكومة الوفاق",
          "الفيلق الأفريقي الروسي", "الليبية"],
 "qna4": ["إن إتش كيه وورلد", "الفيلق الأفريقي الروسي", "المنطقة العسكرية سبها", "الجيش الوطني الليبي", "اليابانية",
          "ليبية"],
 "qna5": ["روزنة", "الفيلق الأفريقي الروسي", "أبو جاسم الحمصي", "مالية", "أسرته", "وزارة الدفاع السورية", "أجنحة الشام",
          "فاغنر", "سورياً", "سوريون"],
}

PHEN = {
 "qna1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "coverage_bases"],
 "qna2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "coverage_bases",
          "coverage_neighbours", "countries"],
 "qna3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "coverage_oil"],
 "qna4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qna5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "coverage_bases", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qna1": [
  mv("redeploy", "reported", "Libyan National Army", ["سرت"], ["قاعدة الجفرة الجوية"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["براك الشاطئ"]),
  mv("reinforce", "conditional", "Libyan National Army", ["هون"], ["سوكنة"]),
  mv("withdraw", "denied", "Libyan National Army", ["ودّان"], ["سرت"]),
 ],
 "qna2": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الجفرة الجوية"]),
  mv("shipment", "planned", "Russian forces", ["الجفرة"], ["قاعدة براك الجوية"], ["سوكنة", "سبها"]),
  mv("withdraw", "conditional", "Russian forces", ["الجفرة"], []),
  mv("airlift", "denied", "Russian forces", ["قاعدة براك الجوية"], ["باماكو"]),
 ],
 "qna3": [
  mv("reinforce", "reported", "Libyan National Army", ["سرت"], ["ودان", "زلّة"]),
  mv("deploy", "planned", "Libyan National Army", ["زلّة"], ["حقل زلطن"]),
  mv("mobilise", "conditional", "Misrata forces", [], ["أبوقرين"]),
  mv("advance", "reported", "Misrata forces", ["أبوقرين"], ["الوشكة"]),
  mv("redeploy", "denied", "Sudanese armed groups", ["الكفرة"], ["ودان"]),
 ],
 "qna4": [
  mv("shipment", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["سبهـا"], ["سوكنه"]),
  mv("deploy", "reported", "Libyan National Army", ["سوكنة"], ["سبها"]),
  mv("shipment", "planned", "Russian forces", ["سبها"], ["النيجر"], ["القطرون", "الحدود مع النيجر"]),
  mv("reinforce", "conditional", "Libyan National Army", ["براك"], ["قاعدة تمنهنت"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["مطار نيامي"]),
 ],
 "qna5": [
  mv("redeploy", "reported", "Syrian mercenaries", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("airlift", "planned", "Syrian mercenaries", ["براك"], ["مالي"]),
  mv("withdraw", "conditional", "Syrian mercenaries", ["ودان"], ["هون"]),
  mv("airlift", "denied", "Syrian mercenaries", ["مطار دمشق الدولي"], ["مطار بنينا"]),
 ],
}

NOTES = {
 "qna1": "Libyan news site (The Libyan Address, العنوان) from Hun on an LNA rotation: companies of the 101st Infantry "
         "Brigade Sirte→Jufra air base (reported redeploy), the relieved battalion's planned move from the base (written "
         "القاعدة) to Brak al-Shati, a conditional extra company Hun→Sokna if attacks on trucks recur, and the General "
         "Command's denial of a pull-out Waddan (written ودّان)→Sirte; a civilian flour-and-fuel convoy Misrata→Hun, the "
         "Jufra–Sabha road inside the condition, Benghazi as the denying office's seat, Tripoli by metonymy and the 2017 "
         "capture of the base are not movements; traps: عزلة (holds زلة), مرهون and الهوني (hold هون), غرفة عمليات الجفرة, "
         "سرايا الدفاع عن بنغازي.",
 "qna2": "Russian outlet in Arabic (TV BRICS, تلفزيون بريكس) from Moscow on Africa Corps logistics: Il-76s Hmeimim base→Jufra "
         "air base (reported airlift), a planned overland shipment Al-Jufra→Brak air base via Sokna and Sabha, the Russians' "
         "conditional stay («لن تغادر الجفرة إلا إذا») and the defence ministry's denial of flights Brak air base→Bamako; a "
         "civilian wheat cargo unloaded at Benghazi port, Syria as Hmeimim's locator, Washington/Moscow by metonymy and "
         "Wagner's 2020 retreat from south of Tripoli (background) are not movements.",
 "qna3": "Qatari paper (Al-Arab of Doha, العرب) from Doha: an LNA column Sirte→Waddan with part going on to Zillah (written زلّة; "
         "reported reinforcement), a planned company Zillah→Zelten oil field, Misrata brigades' conditional mobilisation in "
         "Abu Qurayn (Waddan and Al-Washka only in the condition), Misrata reconnaissance patrols Abu Qurayn→Al-Washka (reported "
         "advance) and the LNA's denial that Sudanese fighters were moved "
         "Kufra→Waddan; the Brega company's civilian tanker convoy Misrata→Hun/Waddan, Doha (dateline) and Doha and Tripoli by metonymy, the "
         "Sirte Basin and the 2020 Sirte–Jufra line are not movements; traps: سودانيين (holds ودان), خسرت (holds سرت), "
         "شركة البريقة لتسويق النفط, اتفاق جنيف.",
 "qna4": "NHK World Arabic (إن إتش كيه وورلد) from Tokyo on the Jufra–Sabha road: an Africa Corps fuel-and-ammunition convoy "
         "Jufra air base→Sabha (written سبهـا) via Sokna (written سوكنه), its LNA escort Sokna→outskirts of Sabha, the "
         "planned onward shipment Sabha→Niger via Al-Qatrun and the border with Niger, a conditional LNA reinforcement "
         "Brak→Tamanhint base and Niger's denial of Russian flights Jufra air base→Niamey airport; date-and-vegetable trucks "
         "Sabha–Hun, Russian units already in Niger (presence), Moscow and Tokyo, and the Sabha military zone as a name "
         "(trap) are not movements.",
 "qna5": "Paris-based Syrian radio (Rozana, روزنة) on Syrian recruits guarding Africa Corps sites: 200 men moved Jufra air "
         "base→Brak air base (reported redeploy), a planned airlift Brak→Mali, recruits in Waddan threatening to pull back to "
         "Hun unless paid (conditional) and the Syrian defence ministry's denial of flights Damascus airport→Benina airport; "
         "a civilian Cham Wings flight of workers Damascus→Benghazi, the families' towns (Deir ez-Zor, Homs) and Wagner's "
         "recruitment since 2020 are not movements; traps: سورياً (holds سوريا), مالية (holds مالي), أسرته (holds سرت), "
         "أبو جاسم الحمصي (holds حمص), أجنحة الشام.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qna1", "qna2", "qna3", "qna4", "qna5")
