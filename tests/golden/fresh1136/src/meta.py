# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label or spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G* (row الجزائر, written للجزائر -> جزائر)
 "sweden": ("country", "SE", 62.19424, 14.90506, "Sweden"),                             # G
 "mauritania": ("country", "MR", 21.01152, -11.48274, "Mauritania"),                    # G
 "iraq": ("country", "IQ", 33.22078, 42.49205, "Iraq"),                                 # G
 # datelines and capitals abroad
 "stockholm": ("city", "SE", 59.32938, 18.06871, "Stockholm"),                          # G
 "nouakchott": ("city", "MR", 18.08581, -15.97850, "Nouakchott"),                       # G
 "erbil": ("city", "IQ", 36.19117, 44.00943, "Erbil"),                                  # G
 "baghdad": ("city", "IQ", 33.34058, 44.40088, "Baghdad"),                              # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G* (row نجامينا, written أنجمينا)
 # Libya: coast and centre
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_port": ("crossing", "LY", 31.21500, 16.58500, "Port of Sirte"),                   # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G* (row أبوقرين, written أبو قرين)
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                           # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "sukna": ("town", "LY", 29.06941, 15.78266, "Sukna"),                                  # G
 # Libya: Fezzan
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا, written الجنوب الليبي)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tayouri": ("town", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),                   # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "wadi_shatii": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),               # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G (also written اوباري)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G (also written قطرون)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador triangle"),                 # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libya side)"),  # G (row الحدود الليبية التشادية; G* when written الحدود مع تشاد)
 # Niger and Chad
 "north_niger": ("region", "NE", 20.11996, 11.22198, "Northern Niger"),                 # G
 "border_ne_ly": ("region", "NE", 22.45, 13.5, "Niger-Libya border (Niger side)"),      # K
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G* (row أغاديس, written أغاديز)
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
}

TRAPS = {
 "qqu1": ["راديو السويد", "لواء طارق بن زياد", "الفيلق الأفريقي", "المنظمة الدولية للهجرة", "السويدية", "الروسية",
          "روسية", "ليبيين"],
 "qqu2": ["إذاعة موريتانيا", "الجيش الوطني الليبي", "خليفة حفتر", "جبهة التناوب والوفاق في تشاد", "التشادي",
          "تشادي", "تشادية", "النيجري", "نيجرية", "ليبية", "الموريتانيون", "الموريتانيين", "الموريتانية", "موريتانية"],
 "qqu3": ["باس نيوز", "خليفة حفتر", "اللواء 128", "القوة المشتركة", "حكومة الوحدة الوطنية", "خسرت", "مرهون",
          "الروسية", "الروس", "ليبي"],
 "qqu4": ["قناة الاتجاه", "الاتجاه", "حرس المنشآت النفطية", "المؤسسة الوطنية للنفط", "مجموعة فاغنر", "الفيلق الأفريقي", "مبالغات", "روسية"],
 "qqu5": ["لسان الحال", "كتيبة سبل السلام", "المجلس الاجتماعي لقبائل التبو", "منطقة سبها العسكرية", "التشاديون",
          "التشادية", "الليبية", "الموريتانية", "موريتاني"],
}

PHEN = {
 "qqu1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qqu2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qqu3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "coverage_bases", "coverage_crossings", "countries"],
 "qqu4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil", "coverage_neighbours",
          "countries"],
 "qqu5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qqu1": [
  mv("reinforce", "reported", "Libyan National Army", ["براك"], ["سبها", "مطار سبها"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة تمنهنت"]),
  mv("advance", "denied", "Russian forces", ["تمنهنت"], ["سبها"]),
  mv("advance", "conditional", "Libyan National Army", [], ["مرزق"]),
  mv("redeploy", "planned", "Libyan National Army", ["سبها"], ["أم الأرانب"]),
 ],
 "qqu2": [
  mv("deploy", "reported", "Libyan National Army", ["قطرون"], ["منفذ التوم"]),
  mv("reinforce", "reported", "Nigerien army", ["ديركو"], ["ماداما"]),
  mv("deploy", "planned", "Nigerien army", [], ["الحدود مع ليبيا"]),
  mv("advance", "denied", "Nigerien army", [], ["مثلث السلفادور"]),
  mv("reinforce", "conditional", "Chadian army", ["زوار"], ["كوري بوقودي"]),
  mv("redeploy", "denied", "Chadian armed groups", ["أم الأرانب"], ["تيبستي"]),
 ],
 "qqu3": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سرت", "قاعدة القرضابية"]),
  mv("shipment", "reported", "Libyan National Army", ["بنغازي"], ["ميناء سرت"]),
  mv("mobilise", "reported", "GNA forces", [], ["الوشكة", "أبو قرين"]),
  mv("advance", "conditional", "Misrata forces", [], ["سرت"]),
  mv("withdraw", "denied", "Russian forces", ["الجفرة"], ["بنغازي"]),
  mv("redeploy", "planned", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة القرضابية"]),
 ],
 "qqu4": [
  mv("deploy", "reported", "Libyan National Army", ["أوباري"], ["حقل الشرارة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["حقل الفيل"], []),
  mv("withdraw", "denied", "Wagner Group", ["قاعدة براك الجوية"], ["مالي"], ["النيجر"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["مطار غات"]),
 ],
 "qqu5": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["مرزق"], ["غدوة"]),
  mv("withdraw", "reported", "Chadian armed groups", ["تجرهي"], ["الحدود مع تشاد"]),
  mv("advance", "denied", "Foreign fighters", ["النيجر"], ["مرزق"]),
  mv("deploy", "planned", "Libyan National Army", [], ["قاعدة الويغ"]),
  mv("reinforce", "conditional", "Libyan National Army", ["براك"], ["القطرون"]),
 ],
}

NOTES = {
 "qqu1": "Radio Sweden's Arabic service (Stockholm) Q&A on Sabha: Tariq bin Ziyad brigade reinforcements Brak→Sabha, "
         "spreading at its entrances and around Sabha airport; two Russian cargo planes Jufra air base→Tamanhint base "
         "(Africa Corps); the Russian embassy's denial of any move Tamanhint→Sabha; the LNA's conditional advance on "
         "Murzuq («لن تتقدم ... إلا إذا»); a planned company Sabha→Umm al-Aranib. The question headings (Sabha, Murzuq, "
         "Ubari), families leaving for Brak and Wadi al-Shatii, migrants from Niger and Chad, Benghazi and Tripoli as "
         "seats of power, Sweden (listeners, travel advice) and Libya are not movements or movement places.",
 "qqu2": "Radio Mauritanie (Nouakchott) «سؤال وجواب» on Mauritanian gold diggers near the borders: an LNA column "
         "Qatrun (written قطرون)→Toummo crossing; a Nigerien company Dirkou→Madama; a planned Nigerien deployment along "
         "the border with Libya (Niger side); Niamey's denial of a crossing into the Salvador triangle; a conditional "
         "Chadian reinforcement Zouar→Kouri Bougoudi; FACT's denied transfer Umm al-Aranib→Tibesti. The clash near the "
         "Salvador triangle, N'Djamena (where the officer spoke), the evacuation flight Sabha→Nouakchott, Niamey's "
         "ministry and the headline's Qatrun/Toummo are not movements or movement places.",
 "qqu3": "BasNews (Erbil) Q&A on the Sirte–Jufra line: LNA reinforcements («اللواء 128») Jufra air base→Sirte, part "
         "stationed at Gardabiya base; a cargo ship Benghazi→Sirte port carrying ammunition for LNA units (shipment); Tripoli-government forces massing in Al-Washka and Abu Qurayn (written أبو قرين); "
         "the Misrata joint force's conditional advance on Sirte; Moscow's denial of a Russian pull-out Jufra→Benghazi; "
         "Russian experts' planned move Jufra air base→Gardabiya base. Fuel-truck convoys Misrata→Hun are civilian; "
         "Moscow (where journalists asked), Iraq (a comparison), the headline and «خسرت»/«مرهون» (hold سرت/هون) are "
         "not movement places.",
 "qqu4": "Al-Etejah TV (Baghdad) Q&A on Ubari (also written اوباري), Sharara and El Feel: a Petroleum Facilities Guard "
         "force deployed by the LNA Ubari→Sharara field; a local LNA battalion's conditional withdrawal from El Feel; "
         "the denied departure of Wagner from Brak air base to Mali via Niger; a Russian plane's equipment flight Jufra "
         "air base→Brak air base (satellite images); a planned LNA airlift Jufra air base→Ghat airport. Algeria "
         "(written للجزائر) is a reference, «مبالغات» holds غات, «الاتجاه» is the channel and a common word.",
 "qqu5": "Lissan El Hal (Mauritanian site) Q&A on Murzuq: a Subul al-Salam force Sabha→Murzuq via Ghuddwa; Chadian "
         "rebels withdrawing from around Tajarhi towards the border with Chad (Libya side); the Tebu council's denial "
         "that foreign fighters entered Murzuq from Niger; a planned deployment at Al Wigh base; a conditional "
         "reinforcement Brak→Qatrun (Umm al-Aranib only in the condition). Migrant convoys Agadez (written أغاديز)"
         "→Qatrun are civilian; Mauritania, Fezzan, Tripoli (embassy) and «منطقة سبها العسكرية» are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qqu1", "qqu2", "qqu3", "qqu4", "qqu5")
