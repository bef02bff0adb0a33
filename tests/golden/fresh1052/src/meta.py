# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                      # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "mauritania": ("country", "MR", 21.01152, -11.48274, "Mauritania"),                    # G
 # Libya: bases, ports, towns, regions
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra_dist": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                      # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G (row براك; also written براك الشاطئ)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G* (row قاعدة براك الجوية, written قاعدة براك الشاطئ)
 "qardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G (row قاعدة القرضابية; headline writes القرضابية)
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G (kind as in the gazetteer row)
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا, written الجنوب الليبي)
 "southeast_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),           # G* (row جنوب شرق ليبيا, written الجنوب الشرقي)
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),             # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libya side)"),  # G* (row الحدود الليبية السودانية, written الحدود مع السودان)
 # Syria, Russia, Egypt, Turkey, Europe, USA
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "tartus_port": ("crossing", "SY", 34.88902, 35.88659, "Port of Tartus"),               # G* (row طرطوس, which lists ميناء طرطوس among its names)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "novorossiysk_port": ("crossing", "RU", 44.73330, 37.78330, "Port of Novorossiysk"),   # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "izmir": ("city", "TR", 38.41273, 27.13838, "Izmir"),                                  # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G (row found with grep -F لندن)
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                       # G
 # Sahel and Sudan
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "niamey_airport": ("airport", "NE", 13.48150, 2.18361, "Diori Hamani International Airport"),  # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G (row ماداما, written قاعدة ماداما)
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                # G
 "gao": ("city", "ML", 16.27167, -0.04472, "Gao"),                                      # G (row جاو, written غاو)
 "kidal": ("town", "ML", 18.44345, 1.40921, "Kidal"),                                   # G
 "north_mali": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                   # G
 "ouaga": ("city", "BF", 12.36566, -1.53388, "Ouagadougou"),                            # G
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                        # G
 # Mauritania
 "nouakchott": ("city", "MR", 18.08581, -15.97850, "Nouakchott"),                       # G
 "bassikounou": ("town", "MR", 15.866, -5.966, "Bassikounou"),                          # K
}

TRAPS = {
 "qno1": ["روسيا – العالم الإسلامي", "ماريا زاخاروفا", "يونس بك يفكوروف", "خليفة حفتر", "إيفان غرين", "الكرملين",
          "الفيلق الأفريقي", "فاغنر", "القوات المسلحة العربية الليبية", "الحكومة المالية", "مقابل مالي", "الليبية",
          "الروسية"],
 "qno2": ["أس بي أس عربي24", "أس بي أس أوديو", "أسوشيتد برس", "الجيش الوطني الليبي", "الفيلق الأفريقي", "فاغنر",
          "الجيش المالي", "ماليون", "ضائقة مالية", "السودانيين", "السودانية", "الليبي", "برنامج الأغذية العالمي"],
 "qno3": ["إيتاميل رادار", "ج بلس", "عين على فاغنر", "الفيلق الأفريقي", "منطقة سبها العسكرية", "قوات الدعم السريع",
          "الإيطالي", "الروسية"],
 "qno4": ["وكالة وسط", "القيادة العامة للقوات المسلحة العربية الليبية", "عادل بوشعالة", "فرج العبيدي", "سبارتا 4",
          "اللواء 106 مجحفل", "عملية الكرامة", "بريطانية", "ليبية"],
 "qno5": ["أطلنتيك ميديا", "الفيلق الأفريقي", "الجيش المالي", "الماليين", "المالية", "الجيش النيجري",
          "الموريتانية", "سيدي محمد ولد أحمدو", "تحالف دول الساحل"],
}

PHEN = {
 "qno1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qno2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qno3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qno4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qno5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qno1": [
  mv("airlift", "denied", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("naval_landing", "reported", "Russian forces", ["ميناء طرطوس"], ["ميناء طبرق"]),
  mv("airlift", "planned", "Russian forces", ["قاعدة الجفرة الجوية"], ["نيامي"]),
  mv("withdraw", "conditional", "Russian forces", ["باماكو"], []),
 ],
 "qno2": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["باماكو"], ["مطار نيامي"]),
  mv("redeploy", "planned", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة معطن السارة"]),
  mv("deploy", "denied", "Russian forces", [], ["قاعدة القرضابية"]),
  mv("deploy", "conditional", "Russian forces", [], ["بورتسودان"]),
 ],
 "qno3": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["قاعدة براك الشاطئ"]),
  mv("airlift", "planned", "Russian forces", ["قاعدة براك الشاطئ"], ["واغادوغو"], ["مطار نيامي"]),
  mv("reinforce", "reported", "Russian forces", ["الجفرة"], ["براك"]),
  mv("redeploy", "conditional", "Russian forces", ["براك"], ["قاعدة معطن السارة"]),
  mv("advance", "denied", "Russian forces", ["براك"], ["الحدود مع السودان"]),
 ],
 "qno4": [
  mv("deploy", "denied", "Russian forces", [], ["قاعدة طبرق البحرية"]),
  mv("shipment", "reported", None, ["ميناء طرطوس"], ["ميناء طبرق"]),
  mv("redeploy", "planned", "Libyan National Army", ["طبرق"], ["الجغبوب"]),
  mv("mobilise", "conditional", "Libyan National Army", [], ["الكفرة"]),
 ],
 "qno5": [
  mv("reinforce", "reported", "Russian forces", ["باماكو"], ["غاو"]),
  mv("airlift", "reported", None, ["ليبيا"], ["غاو"]),
  mv("deploy", "planned", "Nigerien army", [], ["قاعدة ماداما"]),
  mv("withdraw", "conditional", "Russian forces", ["مالي"], ["ليبيا"]),
  mv("advance", "denied", "Russian forces", [], ["باسكنو"]),
 ],
}

NOTES = {
 "qno1": "Russian outlet in Arabic (Russia – Islamic World portal) from Moscow: Zakharova's denial of an airlift "
         "Khmeimim base→Al-Khadim base, the landing ship «Ivan Gren» landing vehicles and about eighty soldiers "
         "Tartus port→Tobruk port (naval_landing reported), a planned Il-76 flight of instructors Al-Jufra air base→"
         "Niamey and a conditional withdrawal from Bamako («لن يغادروا ... إلا إذا»); the headline's Syria→Libya repeats "
         "the denial, the wheat cargo Novorossiysk→Benghazi port is civilian, Yevkurov's visit to Benghazi is "
         "diplomatic, the Africa Corps' 'hub towards Mali, Niger and Burkina Faso' is background, Moscow is the "
         "dateline and a metonymy; «مقابل مالي» (financial) and «الحكومة المالية» hold مالي.",
 "qno2": "Western public broadcaster's Arabic service (SBS Arabic24) running wire copy from Benghazi: Russian "
         "military transport flights Al-Khadim base→Bamako with refuelling stops at Niamey airport (via), a planned "
         "transfer of air-defence batteries Al-Jufra air base→Maaten al-Sarra base, the LNA's denial that Russian "
         "troops are at Al-Qardabiya base, and a conditional Russian deployment to Port Sudan (only if Sudan "
         "ratifies the naval-base deal); the 'southern corridor towards Sudan', Wagner's past handover in Mali, the "
         "WFP aid flights Benghazi→Kufra and Washington/Moscow as metonymy are not moves; «ضائقة مالية» and "
         "«ماليون» hold مالي.",
 "qno3": "Arabic news site (G Plus) retelling an OSINT flight-tracking newsletter, dateline Brak al-Shati: nine "
         "Russian military Il-76 landings Al-Khadim base→Brak base, a planned airlift of 200 Africa Corps fighters "
         "Brak base→Ouagadougou via Niamey airport, a witnessed convoy Al-Jufra→Brak (reinforce), a conditional "
         "shift of the hub Brak→Maaten al-Sarra (only if Niger closes its airspace; Niger in the condition) and a "
         "denied Russian move Brak→the border with Sudan (Libya side); civilian trucks Sabha↔Brak, Niger's airspace as "
         "'the only corridor towards Mali and Burkina Faso' and the earlier troop estimate (Jufra, Qardabiya, Brak) are not moves; "
         "«منطقة سبها العسكرية» is a command name holding سبها.",
 "qno4": "Libyan news agency site with the eastern command's vocabulary (Wasat Agency) from Benghazi: the General "
         "Command's denial that Russian forces are stationed at Tobruk naval base, the cargo ship «Sparta 4» "
         "bringing engineering equipment Tartus port→Tobruk port (shipment, actor null, 'no foreign soldier "
         "aboard' is part of the same statement), a planned LNA company Tobruk→Al-Jaghbub and a conditional LNA "
         "massing in Kufra (only if infiltration through the Uweinat triangle recurs); Operation Dignity launched "
         "from Benghazi in 2014, earlier reports of a 'Russian naval base project' at Tobruk, merchant ships from "
         "Alexandria and Izmir, London and Washington as metonymy are not moves; «لليبيا» is ل + ليبيا (annotated).",
 "qno5": "Mauritanian news site (Atlantic Media) from Nouakchott on the Sahel end of the Russian air bridge: an "
         "Africa Corps convoy Bamako→Gao (written غاو, gazetteer جاو), two cargo planes Libya→Gao airport (actor "
         "null), a planned Nigerien army battalion to Madama base, a conditional Russian withdrawal Mali→Libya (only "
         "if Bamako does not renew the agreement; Bamako in the condition) and Mauritania's denial of an Africa "
         "Corps incursion near Bassikounou; refugees reaching Bassikounou, the Gao–Kidal road attack and "
         "Niamey (where the military source speaks) are not moves; «المالية», «الماليين» hold مالي.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qno1", "qno2", "qno3", "qno4", "qno5")
