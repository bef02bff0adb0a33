# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "france": ("country", "FR", 46.70829, 2.18957, "France"),                              # G
 # capitals / datelines
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (city row نجامينا)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 # northern Chad
 "adji": ("base", "TD", 12.13370, 15.03400, "Adji Kossei Air Base"),                    # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya Largeau Airport"),         # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                                # G (gn row)
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                 # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                      # G (row spelled أونيانقا كبير)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "tibesti_prov": ("district", "TD", 20.30159, 16.62370, "Tibesti Province"),            # G (district row تبستي)
 "north_td": ("region", "TD", 18.20680, 19.78454, "Northern Chad"),                     # G
 "border_td": ("region", "TD", 22.00, 17.00, "Chad-Libya border (Chadian side)"),        # K
 # southern Libya
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ghudwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                               # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "wigh_airport": ("airport", "LY", 24.18590, 14.53280, "Al Wigh Airport"),              # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G (row منفذ التوم)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),               # G* (city row)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "southeast_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),           # G* (row جنوب شرق ليبيا)
 "border_ly": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                # G* (row الحدود الليبية التشادية)
 "border_ly_w": ("region", "LY", 22.90, 16.40, "Libya-Chad border (western part, Libyan side)"),  # K
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),            # G* (row الحدود الليبية النيجرية)
 # elsewhere
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
}

TRAPS = {
 "jz1": ["مجلس الإنقاذ", "أنباء", "الجيش الوطني التشادي", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "الزوار",
         "الأراضي الليبية", "إذاعة فرنسا الدولية"],
 "jz2": ["فواصل", "التشاديين", "صالح القطروني", "اللواء طارق بن زياد", "غرفة عمليات الجنوب"],
 "jz3": ["الجيش التشادي", "شينخوا", "وكالة الأنباء التشادية", "جبهة الوفاق من أجل التغيير في تشاد", "فاكت"],
 "jz4": ["الشرق الأوسط", "السورية", "الموانئ الليبية", "المعارضة التشادية", "القيادة العامة للجيش الوطني الليبي", "العمق الليبي",
         "الفصائل التشادية والسودانية"],
 "jz5": ["الجيش الليبي", "سبوتنيك", "القيادة العامة للجيش الوطني الليبي", "العميد فرج السبهاوي", "بيصير غدوة", "السودانيين",
         "وزارة الدفاع الروسية", "الجيش التشادي", "وسائل إعلام تشادية"],
}

PHEN = {
 "jz1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "jz2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "jz3": ["clitics", "spelling", "media_trap", "operation_trap", "nisba", "vague_area", "coverage_neighbours",
         "countries"],
 "jz4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "jz5": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "operation_trap", "nisba", "vague_area",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, CHAD_GROUPS, SUDAN_GROUPS, RUSSIA = ("Libyan National Army", "Chadian armed groups", "Sudanese armed groups",
                                          "Russian forces")

MOVES = {
 "jz1": [
  mv("airlift", "reported", None, ["قاعدة أدجي كوسي الجوية"], ["مطار فايا لارجو"]),
  mv("reinforce", "reported", None, ["فايا"], ["زوار", "برداي"]),
  mv("withdraw", "denied", CHAD_GROUPS, ["كوري بوقودي"]),
  mv("deploy", "planned", None, [], ["وور", "الحدود مع ليبيا"]),
  mv("advance", "conditional", None, ["برداي"], ["كوري بوقودي"]),
 ],
 "jz2": [
  mv("advance", "reported", CHAD_GROUPS, ["كوري بوقودي"], ["تجرهي"], ["الحدود مع تشاد"]),
  mv("reinforce", "reported", LNA, ["سبها"], ["القطرون"], ["أم الأرانب"]),
  mv("redeploy", "reported", LNA, ["قاعدة الويغ"], ["تجرهي"]),
  mv("withdraw", "denied", LNA, ["منفذ التوم"]),
  mv("deploy", "planned", LNA, [], ["تجرهي"]),
  mv("advance", "conditional", LNA, [], ["تجرهي"]),
 ],
 "jz3": [
  mv("advance", "reported", None, ["زوار"], ["وور"]),
  mv("withdraw", "reported", CHAD_GROUPS, ["وور"]),
  mv("redeploy", "reported", None, ["أونيانغا كبير"], ["فايا لارجو"]),
  mv("withdraw", "conditional", None, ["وور"]),
  mv("shipment", "planned", None, ["فايا لارجو"], ["وور", "برداي"]),
  mv("mobilise", "denied", CHAD_GROUPS, [], ["القطرون"]),
 ],
 "jz4": [
  mv("naval_landing", "reported", RUSSIA, ["طرطوس"], ["ميناء طبرق"]),
  mv("deploy", "reported", RUSSIA, ["طبرق"], ["قاعدة معطن السارة"]),
  mv("withdraw", "reported", CHAD_GROUPS, ["أم الأرانب", "تمسة"], ["تيبستي"]),
  mv("advance", "conditional", None, [], ["أم الأرانب"]),
  mv("deploy", "planned", LNA, ["سبها"], ["منفذ التوم", "تجرهي"]),
  mv("deploy", "denied", RUSSIA, [], ["القطرون"]),
 ],
 "jz5": [
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["القطرون"], ["سبها", "غدوة"]),
  mv("shipment", "reported", LNA, ["سبها"], ["القطرون"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار الويغ"]),
  mv("mobilise", "reported", SUDAN_GROUPS, [], ["كوري بوقودي"]),
  mv("advance", "conditional", LNA, ["القطرون"], ["منفذ التوم"]),
  mv("withdraw", "reported", None, ["برداي"], ["زوار"]),
  mv("naval_landing", "denied", RUSSIA, [], ["ميناء طبرق"]),
 ],
}

NOTES = {
 "jz1": ("Anba-style Chadian Arabic weekly, N'Djamena (انجمينا spelling): Chadian army airlift Adji Kossei air base->"
         "Faya-Largeau airport and reinforcement Faya->Zouar/Bardai (one move, two destinations); the CCMSR's withdrawal "
         "from Kouri Bougoudi claimed by the MoD and denied (quote has no place); a planned company for Wour and the "
         "border with Libya (Chadian side); conditional advance Bardai->Kouri Bougoudi. Traps: الزوار (visitors) vs "
         "Zouar, the outlet أنباء, rebel council names, إذاعة فرنسا الدولية. Chadian army actor = null."),
 "jz2": ("Fawasel-style Libyan local report, Al-Qatrun: Chadian gold-miner gunmen Kouri Bougoudi->Tajarhi across the "
         "border with Chad; LNA reinforcement Sabha->Al-Qatrun via Umm al-Aranib; a company Al Wigh base->Tajarhi "
         "(redeploy); denied pull-out from the Toummo crossing (also written التوم); planned permanent company and "
         "conditional advance on Tajarhi (محيط القرية). Displaced families and routine patrols are not movements. "
         "Traps: صالح القطروني (person), بلدية القطرون is the district."),
 "jz3": ("Xinhua-Arabic-style wire, Faya-Largeau: Chadian army advance Zouar->Wour and the gunmen's withdrawal from "
         "Wour; battalion repositioned Ounianga Kebir->Faya-Largeau; «لن تغادر وور إلا بعد» conditional withdrawal; "
         "planned supply convoy Faya->Wour/Bardai; FACT denies massing near Al-Qatrun (جنوب ليبيا is a locator). "
         "شمال تشاد is one region; FACT's name contains تشاد (trap)."),
 "jz4": ("Asharq-Al-Awsat-style, Cairo: Russian landing ship Tartus->Tobruk port and a land move Tobruk->Maaten "
         "al-Sarra base; Chadian rebels withdraw Umm al-Aranib/Tmassah->Tibesti; N'Djamena's conditional threat to "
         "pursue them to Umm al-Aranib; planned LNA battalion Sabha->Toummo crossing/Tajarhi; denied Russian move to "
         "Al-Qatrun. Benghazi and N'Djamena are speakers; the border with Chad after Maaten al-Sarra is a locator."),
 "jz5": ("Sputnik-Arabic-style, Benghazi: LNA Brigade 128 Tamanhint air base->Al-Qatrun via Sabha and Ghuddwa; planned "
         "cargo flight Benina->Al Wigh airport; Sudanese armed prospectors massing at Kouri Bougoudi; conditional "
         "advance Al-Qatrun->Toummo (نحو المنفذ); Chadian army pull-back Bardai->Zouar; Russian MoD denies a landing "
         "at Tobruk port (ship's cargo is civilian). Trap: العميد فرج السبهاوي contains سبها."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("jz1", "jz2", "jz3", "jz4", "jz5")
