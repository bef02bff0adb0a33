# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # ba1 west coast (Al-Ajaylat)
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "ajaylat_mun": ("district", "LY", 32.75718, 12.37633, "Al Ajaylat municipality"),      # G* (town row)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G* (row قاعدة الوطية)
 "regdalin": ("town", "LY", 32.88718, 11.98729, "Regdalin"),                            # G* (Sidi Bin Zinah row, matched by رقدالين/Raqdal)
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),          # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Port of Zuwara"),               # K (GeoNames 2208423 via search)
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 # ba2 Sarir / Messla / Kufra
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "messla": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                  # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Sudan-Egypt border triangle"),  # G* (row مثلث العوينات)
 # ba3 Martuba / Al-Makhili / Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "martuba": ("town", "LY", 32.57421, 22.76353, "Martuba"),                              # G
 "martuba_base": ("base", "LY", 32.57421, 22.76353, "Martuba Air Base"),                # G* (town row)
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                              # G
 "qubba_mun": ("district", "LY", 32.75684, 22.24106, "Al Qubbah municipality"),         # G* (town row)
 "makhili": ("town", "LY", 32.16005, 22.27845, "Al Makhili"),                           # G
 "jabal_akhdar": ("region", "LY", 32.02519, 21.79830, "Jebel Akhdar"),                  # G* (district row, as region)
 "ras_hilal": ("village", "LY", 32.87, 22.18, "Ras al-Hilal"),                          # K
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "border_eg": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),       # K
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "Al Abraq Airport"),           # G
 # ba4 Tibesti / Chad
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (row نجامينا)
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "border_td": ("region", "TD", 22.3, 17.0, "Chad-Libya border (Chadian side)"),         # K
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "faya_short": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                      # G (short form فايا)
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                                # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 # ba5 Tunisian south
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G* (row منفذ وازن)
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine governorate"),       # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "border_tnside": ("region", "TN", 32.05, 10.60, "Tunisia-Libya border (Tunisian side)"),  # K
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                 # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "aouina": ("base", "TN", 36.851, 10.227, "El Aouina Air Base"),                        # K
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
}

TRAPS = {
 "ba1": ["القدس العربي", "حكومة الوحدة الوطنية", "شارع طرابلس", "علي الصرماني", "المجلس العسكري الزنتان",
         "من هذه الزاوية", "الليبيين"],
 "ba2": ["الأناضول", "قوات حفتر", "السرير", "العقيد سالم الجالوي", "قوات الدعم السريع", "الأراضي الليبية",
         "شركة الخليج العربي للنفط", "الأسواق الأوروبية", "المهاجرين السودانيين"],
 "ba3": ["الشرق الأوسط", "الجيش الوطني", "الجيش الوطني الليبي", "الكتيبة 302 مشاة", "ما ادري", "فرج الإدريسي",
         "غرفة عمليات المنطقة الشرقية", "الجيش المصري"],
 "ba4": ["فرانس 24", "مونت كارلو الدولية", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "السلطات التشادية",
         "الجيش التشادي", "قوات حفتر", "الأراضي الليبية", "متمردون تشاديون",
         "الواحات المجاورة"],
 "ba5": ["موزاييك أف أم", "الجيش الوطني", "حكومة الوحدة الوطنية", "نهج طرابلس", "الدينار الليبي",
         "مجموعات مسلحة ليبية", "المصدر العسكري التونسي",
         "الاتحاد الرياضي بتطاوين"],
}

PHEN = {
 "ba1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "ba2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "ba3": ["multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_neighbours", "countries"],
 "ba4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "ba5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
}

LNA, GNA = "Libyan National Army", "GNA forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ba1": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["العجيلات"], ["الزاوية", "صرمان"]),
  mv("reinforce", "reported", GNA, ["قاعدة الوطية الجوية"], ["العجيلات"]),
  mv("withdraw", "reported", "Zintan forces", ["العجيلات"], ["رقدالين"]),
  mv("advance", "denied", "Zintan forces", ["رقدالين"], ["الجميل"]),
  mv("advance", "conditional", GNA, ["العجيلات"], ["زلطن", "معبر رأس اجدير"]),
  mv("naval_landing", "planned", GNA, [], ["ميناء زوارة"]),
 ],
 "ba2": [
  mv("reinforce", "reported", LNA, ["جالو"], ["حقل السرير"]),
  mv("redeploy", "planned", LNA, ["حقل السرير"], ["حقل مسلة"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["حقل السرير"], ["الكفرة"]),
  mv("airlift", "conditional", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("shipment", "reported", LNA, ["بنغازي"], ["جالو"], ["اجدابيا"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["المثلث الحدودي"]),
 ],
 "ba3": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة مرتوبة الجوية"]),
  mv("reinforce", "reported", LNA, ["قاعدة مرتوبة الجوية"], ["المخيلي"]),
  mv("withdraw", "denied", LNA, ["درنة"], ["بنغازي"]),
  mv("naval_landing", "conditional", LNA, [], ["رأس الهلال"]),
  mv("reinforce", "planned", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
 ],
 "ba4": [
  mv("advance", "reported", "Chadian armed groups", ["أم الأرانب"], ["زوار"], ["الحدود مع ليبيا"]),
  mv("withdraw", "reported", "Chadian armed groups", ["إدري"], ["أم الأرانب"]),
  mv("airlift", "reported", None, ["إنجامينا"], ["فايا لارجو"]),
  mv("advance", "planned", None, ["فايا"], ["زوار"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["برداي"]),
  mv("deploy", "conditional", LNA, ["سبها"], ["الحدود مع تشاد"]),
 ],
 "ba5": [
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["رمادة"]),
  mv("deploy", "planned", "Tunisian army", [], ["الذهيبة", "برج الخضراء"]),
  mv("redeploy", "reported", GNA, ["نالوت"], ["وازن", "منفذ وازن"]),
  mv("airlift", "conditional", "Tunisian army", ["قاعدة العوينة"], ["رمادة"]),
  mv("shipment", "denied", None, ["ليبيا"], ["تطاوين"], ["معبر الذهيبة"]),
 ],
}

NOTES = {
 "ba1": ("Al-Quds Al-Arabi (طرابلس - «القدس العربي»): a GNA column enters Al-Ajaylat; one story told across sentences. "
         "Reported GNA (Chief of Staff) deploy Tripoli->Al-Ajaylat via Zawiya and Surman: the origin is written «من العاصمة» "
         "(= طرابلس of the headline/dateline), continued by «وصل إليها» (= العجيلات), «عناصره»، «المدينة», retold by a Surman "
         "witness («الرتل نفسه يعبر البلدة» = same move, البلدة = صرمان; headline = same move). A second, different GNA move: "
         "reinforcements from Al-Watiya air base to «المدينة» (= العجيلات). Zintan («المجلس العسكري الزنتان», then only "
         "«مقاتليه»، «وحداته»): flashback withdrawal Al-Ajaylat->Regdalin («بعد أن كانوا قد انسحبوا من العجيلات إليها», إليها = "
         "رقدالين; their present stationing is background); a move Regdalin->Al-Jumayl announced by local pages and denied in "
         "the next paragraph = one advance, denied. GNA advance Al-Ajaylat->Zaltan->Ras Ajdir crossing made conditional in a "
         "later sentence («مرهون بفشل المفاوضات»); planned GNA marine landing at Zuwara port (Mellitah/Italy = purpose). "
         "Not movements: Libyans crossing the border to Tunis for treatment, fuel prices. Traps: شارع طرابلس (street), "
         "علي الصرماني (person containing صرمان), من هذه الزاوية (common word containing الزاوية), المجلس العسكري الزنتان."),
 "ba2": ("Anadolu (إسطنبول/ الأناضول): LNA reinforces the Sarir field after a clash with Sudanese gunmen. Reported LNA "
         "reinforcement Jalu->Sarir field «كما أعلنت الأسبوع الماضي» (announced earlier, reported now; headline and «الرتل … "
         "انتشرت فور وصولها» = same move); planned LNA redeploy from «الحقل … منه» (= حقل السرير) to the Messla field (Hariga "
         "= purpose of the pipeline); flashback withdrawal of the Sudanese gunmen from «محيط الحقل» (= حقل السرير) towards "
         "Kufra (their stationing near Tazirbu since 2024 is background); LNA airlift Benina->Kufra airport made conditional in "
         "the next sentence; reported LNA supply trucks Benghazi->Jalu via Ajdabiya (variant اجدابيا) = shipment; RSF "
         "mobilisation in the border triangle denied. Two actors alternate (LNA, Sudanese). Not movements: oil workers evacuated "
         "to Benghazi by civil flight, a tanker loading at Hariga, Sudanese migrants to Kufra, prices. Traps: السرير (common "
         "word: bed), سالم الجالوي (person containing جالو), شركة الخليج العربي للنفط (company), الأناضول (media)."),
 "ba3": ("Asharq Al-Awsat (القاهرة: «الشرق الأوسط»): LNA airlift to Martuba and on to Al-Makhili. Reported LNA airlift Benina "
         "air base->Martuba air base (headline «إلى مرتوبة» and the Al-Qubba resident's «طائرات شحن تهبط في القاعدة» = same "
         "move); a second, different LNA move «انطلقت من القاعدة … نحو المخيلي، ووصلت إليها» = reinforce (a company «تتمركز "
         "هناك منذ 2019» is background); a withdrawal Derna->Benghazi first reported as a plan, then denied in the next "
         "paragraph = one withdraw, denied; LNA naval landing at Ras al-Hilal made conditional in a later sentence; planned "
         "Egyptian reinforcement Marsa Matruh->Sallum (the border with Libya locates Sallum). Not movements: civil flights Al "
         "Abraq->Cairo, the mayor's appeal, fodder prices. Traps: ما ادري (colloquial 'I don't know' ~ Idri), فرج الإدريسي "
         "(person containing إدري), الشرق الأوسط (media), الكتيبة 302 مشاة, غرفة عمليات المنطقة الشرقية."),
 "ba4": ("France 24 (إنجامينا - فرانس 24): Chadian rebels enter Zouar. Reported advance of the rebel council (Chadian armed "
         "groups) from Umm al-Aranib across the border with Libya (Chadian side) into Zouar: told out of time order — the "
         "entry first, then the flashback («قد انسحبوا … من إدري … قبل أن يتجمعوا في أم الأرانب، ثم يتجهوا منها») = a "
         "separate reported withdrawal Idri->Umm al-Aranib, and the origin of the advance (منها = أم الأرانب); a notable's "
         "account «الرتل نفسه … قبل أن يدخلها» = same advance. Chadian army (not canonical -> null): reported airlift "
         "N'Djamena->Faya-Largeau and a planned advance «الوحدات ذاتها … من فايا نحو زوار» (two different moves). Rebel "
         "mobilisation in Bardai denied; LNA deployment from Sabha to the border with Chad made conditional in the next "
         "sentence. Not movements: displaced families, suspended flights N'Djamena-Faya, fuel prices. Traps: مونت كارلو "
         "الدولية, فرانس 24 (media), the rebel council's name, الواحات المجاورة (common noun 'the nearby oases' = Al Wahat), nisbas."),
 "ba5": ("Mosaique FM (تطاوين - موزاييك أف أم): Tunisian army reinforces Remada. Reported reinforcement Tataouine->Remada "
         "«تنفيذاً لما أعلنته وزارة الدفاع الأسبوع الماضي» (announced earlier, reported now), continued «وصل إلى المدينة … "
         "هناك» and retold by a Remada resident («الرتل نفسه») = one move; a second, different Tunisian move: «الوحدات ذاتها» "
         "will deploy along the border strip from Dehiba to Borj El Khadra (planned; no origin written). Libyan side: GNA "
         "redeploy Nalut->Wazin, continued «ثم انتشرت عناصرها لاحقاً قرب منفذ وازن» (same move, two destinations). Tunisian "
         "special forces airlift El Aouina->Remada made conditional in the next sentence; an arms shipment from Libya via the "
         "Dehiba crossing to Tataouine denied by the ministry in Tunis. Not movements: travellers between Libya and Tunisia, the "
         "currency market in Ben Gardane, the Tataouine football team moved to Medenine, traders' daily trips to the Libyan side. Traps: نهج طرابلس (street), موزاييك أف أم (media), الدينار الليبي, الجيش الوطني, الاتحاد الرياضي بتطاوين (club containing تطاوين)."),
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ba1", "ba2", "ba3", "ba4", "ba5")
