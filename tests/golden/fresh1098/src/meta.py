# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label or spelling (listed in the README).
P = {
 # countries and foreign cities
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                  # G
 "bahrain": ("country", "BH", 26.00211, 50.54527, "Bahrain"),                            # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                     # G
 "manama": ("city", "BH", 26.22787, 50.58565, "Manama"),                                 # G
 "nouakchott": ("city", "MR", 18.08581, -15.97850, "Nouakchott"),                        # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                              # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                  # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),    # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                  # G
 "niamey_airport": ("airport", "NE", 13.48150, 2.18361, "Diori Hamani International Airport"),  # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                 # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                 # G
 "border_ne_ly": ("region", "NE", 22.6, 13.7, "Niger-Libya border (Niger side)"),       # K
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                             # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                        # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                             # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                               # G
 # Libya: Fezzan
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                  # G* (row جنوب ليبيا, written الجنوب الليبي)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G (also written أباري)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G (also written مرزوق)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G (also written قطرون)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "awinat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                             # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G (row منفذ التوم)
 "tripoint": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G
 # Libya: the west
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                 # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                 # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                               # G
 "mizdah": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),        # G
 "western_mountain": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G (row منفذ وازن)
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G (row منفذ رأس جدير)
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),           # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 # Libya: the east
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                                # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                     # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                             # G (also written اجدابيا)
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                     # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),                # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                            # G
 "border_ly_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libya side)"),  # G* (row الحدود الليبية المصرية)
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),   # G
}

TRAPS = {
 "qpi1": ["المركز الليبي للدراسات الإستراتيجية والأمن الوطني", "اللواء 128 معزز", "القيادة العامة",
          "رئاسة الأركان العامة", "الصادق الغرياني", "القمح الروسي", "الجيش التونسي"],
 "qpi2": ["منصّة ليبيا", "الفيلق الأفريقي", "القيادة العامة", "اللواء 444 قتال", "رئاسة الأركان العامة",
          "المنطقة العسكرية الغربية", "حجر الزاوية", "الجيش الوطني الليبي", "السودانيين", "الجيش الجزائري",
          "روسية", "جزائرية"],
 "qpi3": ["مركز البحرين للدراسات الاستراتيجية والدولية والطاقة", "«دراسات»", "حكومة الوحدة الوطنية",
          "روسية", "روسي", "التشادية", "مصري", "السودانية", "الليبي",
          "الخليجية"],
 "qpi4": ["مجمع ليبيا للدراسات المتقدمة", "اللواء طارق بن زياد المعزز", "شعبة الإعلام الحربي", "حرس المنشآت النفطية",
          "الراية البيضاء", "الشرارة الأولى", "رئاسة الأركان العامة", "القيادة العامة", "عقيلة صالح", "قوات الدعم السريع",
          "كتيبة سبل السلام"],
 "qpi5": ["مرصد الساحل والصحراء", "مركز 4S للاستراتيجيات الأمنية في الساحل والصحراء", "الجيش النيجري", "الجيش التشادي", "تشادي", "جزائرية",
          "روسيتان", "الفيلق الأفريقي", "القيادة العامة", "جبهة التغيير والوفاق في تشاد", "سوداني"],
}

PHEN = {
 "qpi1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours"],
 "qpi2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qpi3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qpi4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil", "coverage_neighbours",
          "countries"],
 "qpi5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
          "border_phrase",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qpi1": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["أوباري"], ["سبها"]),
  mv("deploy", "planned", "Libyan National Army", ["مرزق"], ["القطرون"]),
  mv("deploy", "conditional", "GNA forces", ["طرابلس"], ["الزاوية"]),
  mv("withdraw", "reported", "Zintan forces", ["غريان"], ["الزنتان"]),
  mv("redeploy", "denied", "Libyan National Army", ["أجدابيا"], ["الكفرة"]),
  mv("reinforce", "reported", "Tunisian army", [], ["بن قردان"]),
 ],
 "qpi2": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["قاعدة براك الجوية"]),
  mv("withdraw", "denied", "Libyan National Army", ["أوباري"], ["سبها"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["غريان"]),
  mv("redeploy", "planned", "GNA forces", ["نالوت"], ["منفذ وازن"]),
  mv("deploy", "conditional", "Libyan National Army", ["طبرق"], ["الجغبوب"]),
  mv("reinforce", "reported", "Algerian army", [], ["الدبداب"]),
 ],
 "qpi3": [
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
  mv("shipment", "reported", "Russian forces", ["طبرق"], ["قاعدة الخادم"]),
  mv("redeploy", "planned", "Libyan National Army", ["اجدابيا"], ["جالو"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["أم الأرانب"]),
  mv("advance", "denied", "Misrata forces", ["مصراتة"], ["الزاوية"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["السلوم"]),
 ],
 "qpi4": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["قطرون"]),
  mv("withdraw", "conditional", "Libyan National Army", ["حقل الشرارة"], []),
  mv("mobilise", "reported", None, [], ["صرمان"]),
  mv("redeploy", "planned", "GNA forces", ["غريان"], ["مزدة"]),
  mv("airlift", "denied", "Foreign fighters", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["مثلث العوينات"], ["دارفور"]),
 ],
 "qpi5": [
  mv("reinforce", "reported", "Nigerien army", ["ديركو"], ["ماداما"]),
  mv("deploy", "planned", "Chadian army", ["فايا لارجو"], ["كوري بوقودي"]),
  mv("airlift", "reported", "Algerian army", ["إليزي"], ["مطار جانت"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة براك الجوية"], ["مطار نيامي"]),
  mv("advance", "conditional", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("advance", "denied", "Chadian armed groups", ["الجنوب الليبي"], ["تيبستي"]),
 ],
}

NOTES = {
 "qpi1": "Weekly security bulletin of a Libyan research centre (Libyan Center for Strategic Studies and National "
         "Security, Tripoli) in four sections: an LNA 128th Brigade reinforcement Tamanhint base→Ubari via Sabha, a "
         "planned company Murzuq→Al Qatrun (the Toummo crossing only as the road's end), the chief of staff's "
         "conditional force Tripoli→Zawiya, a Zintani group's pull-back from south of Gharyan to Zintan, the LNA's "
         "denied battalion transfer Ajdabiya→Kufra and a Tunisian army reinforcement of Ben Gardane (Ras Ajdir only a "
         "distance reference); a civilian fuel convoy Zawiya refinery→Sabha, the Wazin crossing reopening for "
         "travellers, a wheat cargo at Tobruk port, Tripoli welcoming the Tunisian step (metonymy) and الصادق الغرياني "
         "(holds غريان) are not movements or movement places.",
 "qpi2": "Weekly Arabic digest of a European think tank's Libya platform (LUISS «منصّة ليبيا», Rome): Russian military "
         "cargo flights Al-Khadim base→Brak air base, the LNA's denied pull-out Ubari→Sabha, a 444 Brigade deployment "
         "Tripoli→Gharyan, a planned Border Guard company Nalut→the Wazin crossing, the LNA's conditional deployment "
         "Tobruk→Jaghbub (the border with Egypt only in the condition) and an Algerian reinforcement of Debdeb "
         "(Ghadames only as the place opposite); civilian flights Sabha airport–Tripoli, a UN aid convoy "
         "Benghazi→Kufra and «حجر الزاوية» (cornerstone; holds الزاوية) are not movements.",
 "qpi3": "Weekly Libya watch of a Gulf think tank's site (Derasat, Manama): a Russian landing at Tobruk port, the "
         "vehicles trucked Tobruk→Al-Khadim base, a planned LNA battalion Ajdabiya (written اجدابيا)→Jalu (Kufra only "
         "the road's end), Chadian rebels massing around Umm al-Aranib, the GNU's denial that a Misrata force reached "
         "Zawiya and Egypt's conditional reinforcement of Sallum (Jaghbub only in the condition, Cairo a government "
         "by metonymy); the Gharyan notables' meeting, refugees walking to Kufra and Bahrain inside the centre's name "
         "are not movement places.",
 "qpi4": "Weekly security newsletter of a Libyan institute (Libya Institute for Advanced Studies, dateline Bayda): "
         "an LNA force Sabha→Al Qatrun (written قطرون), the LNA units' conditional pull-out from the Sharara field, local "
         "gunmen massing around Surman, a planned GNU battalion Gharyan→Mizdah, the LNA's denied airlift of foreign "
         "fighters Benina air base→Kufra airport and the RSF's pull-back from the Uweinat triangle towards Darfur; "
         "smugglers surrendering near Al-Awaynat (Fezzan, not Jebel Uweinat), a fuel lorry bound for Tunisia, the "
         "Speaker's meeting in Tobruk, the LNA's 2019 entry into Sabha (background) and buses deporting migrants "
         "Sabha→Niger via Al Qatrun are not movements.",
 "qpi5": "Weekly Sahel observatory bulletin (Centre 4S, Nouakchott): a Nigerien army reinforcement Dirkou→Madama (the "
         "border with Libya, Niger side, only a distance reference), a planned Chadian army regiment Faya-Largeau→"
         "Kouri Bougoudi, an Algerian special-forces airlift Illizi→Djanet airport, Russian cargo planes Brak air "
         "base→Niamey airport, the LNA's conditional advance Al Qatrun→the Toummo crossing (Niamey only in the "
         "condition) and FACT's denied crossing from southern Libya to Tibesti; refugees Darfur→Kufra, the "
         "Ajdabiya–Jalu road reopening and the Zawiya talks are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qpi1", "qpi2", "qpi3", "qpi4", "qpi5")
