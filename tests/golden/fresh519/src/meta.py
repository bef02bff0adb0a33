# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and capitals
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # Benghazi and its hinterland
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.098, 20.050, "Port of Benghazi"),               # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
 "ganfouda": ("town", "LY", 32.11486, 20.06859, "Ganfouda (Benghazi)"),                 # G
 "suluq": ("town", "LY", 31.66818, 20.25205, "Suluq"),                                  # G
 "qaminis": ("town", "LY", 31.65760, 20.01697, "Qaminis"),                              # G
 "abyar": ("town", "LY", 32.19000, 20.59653, "Al Abyar"),                               # G
 "deriana": ("town", "LY", 32.34751, 20.30933, "Daryanah"),                             # G
 # Al-Marj plain and the Jebel Akhdar
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "marj_mun": ("district", "LY", 32.49257, 20.82909, "Al Marj municipality"),           # G* (town row)
 "jardas": ("town", "LY", 32.30337, 20.98615, "Jardas al Abid"),                        # G
 "bayyadah": ("town", "LY", 32.56501, 21.25415, "Al Bayyadah"),                         # G
 "tocra": ("town", "LY", 32.53414, 20.57911, "Tocra"),                                  # G
 "tolmeita": ("town", "LY", 32.70, 20.95, "Tolmeita (Ptolemais)"),                      # K
 "jabal_akhdar": ("region", "LY", 32.02519, 21.79830, "Jebel Akhdar"),                  # G* (district row, as region)
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "abraq": ("town", "LY", 32.78991, 22.00050, "Al Abraq"),                               # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "Al Abraq Airport"),            # G
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                              # G
 "qubba_mun": ("district", "LY", 32.75684, 22.24106, "Al Qubbah municipality"),         # G* (town row)
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "martuba": ("town", "LY", 32.57421, 22.76353, "Martuba"),                              # G
 # Tobruk and the Egyptian border
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                   # K
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "gan_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),         # G* (airport row مطار طبرق)
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "bomba": ("region", "LY", 32.40000, 23.10000, "Gulf of Bomba"),                        # G* (row خليج البمبة)
 "bardia": ("town", "LY", 31.75601, 25.08530, "Bardia"),                                # G (row بردية)
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "border_eg": ("region", "LY", 31.50, 25.00, "Libya-Egypt border (Libyan side near Amsaad)"),  # K
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "zueitina": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),           # G* (town row)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 # abroad
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                # G
}

LNA = "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "ta1": ["سبوتنيك", "القيادة العامة للجيش الوطني الليبي", "شارع عمر المختار", "قبائل العرفة والعبيد والدرسة",
         "عبد السلام المرجاوي", "غرفة عمليات المنطقة الشرقية", "ما ادري"],
 "ta2": ["صدى البلد", "الجيش الليبي", "الجيش الوطني الليبي", "فرج الطبرقي", "شارع جمال عبد الناصر",
         "الجانب المصري"],
 "ta3": ["يورونيوز", "تحت القبة", "القيادة العامة للجيش الوطني الليبي"],
 "ta4": ["قوات الجيش الوطني الليبي", "اليونانية", "ما ادري"],
 "ta5": ["لوسيل", "القيادة العامة للجيش الوطني الليبي", "قوات الصاعقة"],
}

PHEN = {
 "ta1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases"],
 "ta2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "border_phrase",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries",
         "ambiguity_country_capital"],
 "ta3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "town_vs_district", "vague_area", "coverage_bases"],
 "ta4": ["clitics", "spelling", "multiword", "operation_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "coverage_crossings", "countries"],
 "ta5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
}

MOVES = {
 "ta1": [
  mv("redeploy", "reported", LNA, ["بنغازي"], ["المرج"], ["الأبيار"]),
  mv("shipment", "reported", LNA, ["بنغازي"], ["المرج"]),
  mv("mobilise", "planned", None, [], ["جردس العبيد"]),
  mv("redeploy", "denied", LNA, ["البياضة"], ["المرج"]),
  mv("advance", "conditional", LNA, ["قاعدة بنينا الجوية"], ["جردس العبيد"]),
 ],
 "ta2": [
  mv("reinforce", "reported", LNA, ["قاعدة جمال عبد الناصر الجوية"], ["منفذ امساعد"], ["البردية"]),
  mv("deploy", "planned", LNA, ["طبرق"], ["الجغبوب"]),
  mv("mobilise", "denied", None, [], ["ميناء الحريقة"]),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء طبرق"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("deploy", "conditional", LNA, ["قاعدة طبرق البحرية"], ["خليج بومبة"]),
 ],
 "ta3": [
  mv("deploy", "reported", LNA, ["البيضاء"], ["القبة"], ["الأبرق"]),
  mv("reinforce", "planned", LNA, ["مرتوبة"], ["القبة"]),
  mv("mobilise", "conditional", None, ["درنة", "البيضاء"], ["القبة"]),
  mv("redeploy", "denied", LNA, ["مطار الأبرق"], ["القبة"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الأبرق"]),
 ],
 "ta4": [
  mv("reinforce", "reported", LNA, ["بنغازي"], ["توكرة"], ["دريانة"]),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["توكرة"]),
  mv("deploy", "planned", LNA, [], ["توكرة", "طلميثة"]),
  mv("withdraw", "denied", LNA, ["توكره"], ["المرج"]),
  mv("mobilise", "conditional", None, [], ["توكرة", "دريانة"]),
 ],
 "ta5": [
  mv("redeploy", "reported", LNA, ["الرجمة"], ["الأبيار"]),
  mv("shipment", "planned", LNA, ["الرجمة"], ["الأبيار"]),
  mv("mobilise", "planned", None, ["سلوق", "قمينس", "بنغازي"], ["الابيار"]),
  mv("advance", "denied", LNA, ["بنغازي"], ["الأبيار"]),
  mv("withdraw", "conditional", LNA, ["الأبيار"], ["الرجمة"]),
 ],
}

NOTES = {
 "ta1": ("Sputnik Arabic, Al-Marj: an LNA battalion re-positioned Benghazi→Al-Marj via Al-Abyar (reported, retold in "
         "the denial), the tribes' «النفير العام» to gather at the Jardas al-Abid junction (planned, no force named), a "
         "denied company move Al-Bayyadah→Al-Marj and military police Benina air base→Jardas al-Abid «في حال» "
         "(conditional). للمرج → surface مرج; the speaker's «المرجاوي» and the tribes' «العبيد» are traps."),
 "ta2": ("Sada El Balad (Cairo desk), Tobruk: LNA reinforcements Gamal Abdel Nasser air base→the Amsaad crossing via "
         "Bardia (reported; «جنوبي طبرق» and «على الحدود مع مصر» are locators), a company Tobruk→Al-Jaghbub (planned), the "
         "Obeidat council's denial of armed men massing near Hariga port (denied mobilise, no actor) and boats Tobruk "
         "naval base→the Gulf of Bomba «إذا» (conditional). Travellers to Sallum are not a movement; Cairo is metonymic."),
 "ta3": ("Euronews Arabic, Al-Qubbah: an LNA armoured company Al-Bayda→Al-Qubbah via Al-Abraq (reported), a second "
         "company Martuba→«البلدة» = Al-Qubbah (planned reinforce), the elders' «النفير» calling sons from Derna and "
         "Al-Bayda «إذا» (conditional mobilise) and a denied pull of the Al-Abraq airport guard to Al-Qubbah. «تحت "
         "القبة» (parliament) is a common-word trap; «بلدية القبة» is the district."),
 "ta4": ("Al-Dustour (Amman, agencies), Tocra: LNA reinforcements Benghazi→Tocra via Deriana (reported), fixed "
         "checkpoints on the Tocra–Tolmeita road (planned deploy, both ends), a denied battalion pull-out توكره→Al-Marj "
         "and the elders' armed committees from «المدينة» (Tocra) to Deriana «إذا» (conditional mobilise). Migrants "
         "moved to Ganfouda and the Crete route are not force movements."),
 "ta5": ("Lusail (Doha), Al-Abyar: a Saiqa battalion Al-Rajma→Al-Abyar (reported redeploy; «على الطريق المؤدي إلى "
         "المرج» is a locator), the Awaqir call for «النفير» from Suluq, Qaminis and Benghazi to الابيار (planned), a "
         "denied advance Benghazi→Al-Abyar and the battalion's return Al-Abyar→Al-Rajma «بمجرد» (conditional). Tripoli "
         "is the UN mission's venue; لوسيل is the outlet (also a Qatari city), a trap."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ta1", "ta2", "ta3", "ta4", "ta5")
