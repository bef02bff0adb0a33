# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind or spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "uk": ("country", "GB", 54.31449, -1.91252, "United Kingdom"),                         # G* (row بريطانيا, written المملكة المتحدة)
 "cyprus": ("country", "CY", 34.90514, 32.97957, "Cyprus"),                             # G
 "germany": ("country", "DE", 51.08509, 10.48110, "Germany"),                           # G
 "mauritania": ("country", "MR", 21.01152, -11.48274, "Mauritania"),                    # G
 "ivory_coast": ("country", "CI", 7.51895, -5.69339, "Cote d'Ivoire"),                  # G
 "ukraine": ("country", "UA", 48.79115, 31.06179, "Ukraine"),                           # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "france": ("country", "FR", 46.70829, 2.18957, "France"),                              # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 # foreign cities, regions and bases
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "naples": ("city", "IT", 40.85216, 14.26811, "Naples"),                                # G
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                              # G
 "augusta": ("town", "IT", 37.24065, 15.22121, "Augusta"),                              # G (row أوغستا)
 "sigonella": ("base", "IT", 37.40170, 14.92240, "Naval Air Station Sigonella"),         # G* (row قاعدة سيغونيلا, kind airport -> base)
 "pisa": ("base", "IT", 43.68390, 10.39270, "Pisa air base (46th Air Brigade)"),        # G
 "ramstein": ("base", "DE", 49.43690, 7.60030, "Ramstein Air Base"),                    # G
 "akrotiri": ("base", "CY", 34.5904, 32.9879, "RAF Akrotiri"),                          # K
 "erkilet": ("base", "TR", 38.77040, 35.49540, "Kayseri Erkilet air base"),             # G* (row قاعدة إركيليت الجوية, kind airport -> base)
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                              # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                       # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 # Libya: Tripoli area and the west
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G (gazetteer kind crossing)
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G* (row مطار معيتيقة, written معيتيقة alone)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "abu_sitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),               # G (row قاعدة أبوستة البحرية, written أبو ستة)
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "watiya_alone": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),              # G* (row قاعدة الوطية, written الوطية alone)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G (also written مصراته)
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G (gazetteer kind crossing)
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G (gazetteer kind crossing)
 # Libya: centre, east and south
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_port": ("crossing", "LY", 31.21500, 16.58500, "Port of Sirte"),                 # G (gazetteer kind crossing)
 "gardabya_base": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),              # G
 "gardabya_airport": ("airport", "LY", 31.06350, 16.59500, "Gardabya Airport"),         # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "khadim_alone": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),              # G* (row قاعدة الخادم, written الخادم alone)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "sarra_alone": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),         # G* (row قاعدة معطن السارة, written معطن السارة alone)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libya side)"),  # G* (row الحدود الليبية السودانية, written الحدود مع السودان)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا, written الجنوب الليبي)
}

TRAPS = {
 "qqd1": ["السفارة البريطانية في طرابلس", "أحمد الطرابلسي", "مؤتمر برلين", "بعثة الأمم المتحدة للدعم في ليبيا",
          "سلاح الجو الملكي", "القيادة العامة", "الليبي", "الروسية", "التركية", "البريطانية", "البريطاني", "بريطانية"],
 "qqd2": ["منبر الدفاع الإفريقي", "فلينتلوك 2026", "أفريكوم", "الفيلق الإفريقي", "القيادة العسكرية الأمريكية لقارة إفريقيا", "علي الزنتاني",
          "الإيطالية", "الأمريكية", "أمريكيين", "الروسي", "ليبية"],
 "qqd3": ["أوج", "إيتاميل رادار", "السفارة الأمريكية في طرابلس", "يو إس إس ماونت ويتني", "الأسطول السادس",
          "الأطلسي", "سبوتنيك", "الفيلق الإفريقي", "الإيطالي", "تركيتان", "الأتراك", "الأمريكية", "روسي"],
 "qqd4": ["سفارة إيطاليا في طرابلس", "البعثة الثنائية الإيطالية للمساعدة والدعم في ليبيا", "ميازيت", "إتنا", "إيني",
          "مسار روما", "إيريني", "الإيطالية", "الإيطالي", "إيطاليين", "الليبية", "ليبية", "الأوروبية"],
 "qqd5": ["هنا الكويت", "مؤتمر برلين", "السفارة الروسية في طرابلس", "السفارة الفرنسية في طرابلس", "القيادة العامة", "الخمسينيات",
          "الروسية", "روسية", "الليبية", "الفرنسي", "فرنسيين", "خليجي"],
}

PHEN = {
 "qqd1": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "nisba", "coverage_bases",
          "countries"],
 "qqd2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "coverage_bases",
          "coverage_crossings", "countries"],
 "qqd3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "coverage_bases",
          "coverage_crossings", "countries"],
 "qqd4": ["clitics", "spelling", "multiword", "operation_trap", "nisba", "coverage_bases",
          "coverage_oil", "countries"],
 "qqd5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qqd1": [
  mv("airlift", "reported", None, ["قاعدة أكروتيري"], ["مطار معيتيقة"]),
  mv("redeploy", "planned", None, ["طرابلس"], ["مصراته"]),
  mv("redeploy", "conditional", None, [], ["بنغازي"]),
  mv("deploy", "denied", None, [], ["قاعدة القرضابية"]),
  mv("airlift", "reported", "Russian forces", [], ["قاعدة الخادم"]),
  mv("reinforce", "reported", "Turkish armed forces", [], ["قاعدة الوطية"]),
 ],
 "qqd2": [
  mv("deploy", "reported", "Libyan National Army", ["بنغازي"], ["سرت", "مطار القرضابية"]),
  mv("deploy", "reported", "GNA forces", ["مصراتة"], ["سرت", "مطار القرضابية"]),
  mv("airlift", "reported", None, ["قاعدة رامشتاين"], ["مطار القرضابية"]),
  mv("airlift", "planned", None, ["قاعدة بيزا الجوية"], ["سرت"]),
  mv("deploy", "conditional", "GNA forces", ["ميناء مصراتة"], ["ميناء سرت"]),
  mv("redeploy", "denied", None, ["سرت"], ["قاعدة الجفرة الجوية"]),
  mv("withdraw", "planned", None, ["سرت"], []),
 ],
 "qqd3": [
  mv("naval_landing", "reported", None, ["نابولي"], ["ميناء طرابلس"]),
  mv("deploy", "denied", None, ["قاعدة سيغونيلا"], ["معيتيقة"]),
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة إركيليت الجوية"], ["قاعدة الوطية"]),
  mv("deploy", "planned", "Turkish armed forces", [], ["مصراتة"]),
  mv("withdraw", "conditional", "Russian forces", ["قاعدة الجفرة الجوية"], []),
 ],
 "qqd4": [
  mv("airlift", "reported", None, ["قاعدة بيزا الجوية"], ["مطار معيتيقة"]),
  mv("deploy", "reported", None, ["مطار معيتيقة"], ["جنزور"]),
  mv("shipment", "planned", None, ["أوغستا"], ["قاعدة أبو ستة البحرية"]),
  mv("deploy", "denied", None, [], ["زوارة", "مجمع مليتة"]),
  mv("deploy", "conditional", None, [], ["مصراتة"]),
 ],
 "qqd5": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["قاعدة معطن السارة"]),
  mv("redeploy", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("deploy", "denied", "Russian forces", [], ["سرت"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["سرت"]),
  mv("redeploy", "planned", "Turkish armed forces", ["قاعدة الوطية"], ["ميناء الخمس"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["مصراتة"], []),
  mv("deploy", "denied", None, [], ["الجنوب الليبي"]),
 ],
}

NOTES = {
 "qqd1": "British Embassy press statement (GOV.UK Arabic page, Tripoli): an RAF A400M with a 24-strong training team "
         "RAF Akrotiri→Mitiga airport, the team's planned move Tripoli→Misrata (written مصراته), a conditional transfer "
         "to Benghazi (only if east and west agree), a denied special-forces arrival at Gardabya air base, and the UK's "
         "concern at Russian cargo flights to Al Khadim base and Turkish reinforcements at Al Watiya base (reported); the "
         "headline's Sirte and Mitiga, Cyprus (location of the base), 'east of Benghazi' (distance), the charge "
         "d'affaires' visit Benghazi→Tripoli, the attaché's meeting in Rome, the Berlin conference, the embassy's own "
         "name and the officer أحمد الطرابلسي are not movements or movement places.",
 "qqd2": "Africa Defense Forum (AFRICOM's magazine, Arabic edition) on Flintlock 2026 in Sirte: an LNA company "
         "Benghazi→Sirte and a Tripoli general-staff unit Misrata→Sirte, both camped near Gardabya airport; two C-17s "
         "Ramstein→Gardabya airport ('the same airport'); Italian special forces planned by air from Pisa air base to "
         "Sirte; western coast-guard boats Misrata port→Sirte port only 'if the weather allows' (conditional); AFRICOM's "
         "denial of keeping troops in Sirte or moving them to Al Jufra air base, and its planned withdrawal from Sirte "
         "at the end of the exercise; the lede's 'units converged on Sirte' summarises the two reported moves; "
         "Washington (metonymy), Mauritania and Cote d'Ivoire (other hubs) and Brennan's visit to Sirte are not moves.",
 "qqd3": "Libyan site Awj «أوج» (LJBC), Tripoli: the USS Mount Whitney from Naples landing marines at Tripoli port "
         "(naval_landing, reported), the US embassy's denial that drones were moved from Sigonella (Sicily) to Mitiga, "
         "two Turkish A400Ms Erkilet air base→Al Watiya base (reported), Ankara's planned trainers for Misrata, and a "
         "Russian diplomat's conditional «لن يغادروا قاعدة الجفرة الجوية ما دام ...» (Watiya and Misrata only in the "
         "condition); the headline's Tripoli port and Watiya repeat body moves; a civilian wheat ship Ukraine→Khoms port, "
         "the 2019 Istanbul memorandum, Moscow and Washington as governments, the ship's name «ماونت ويتني» and «العدوان "
         "الأطلسي» are not movements.",
 "qqd4": "Italian Embassy in Tripoli, Arabic statement: a C-130J with 18 MIASIT trainers Pisa air base→Mitiga airport "
         "and the trainers' onward move from the airport to the naval academy in Janzour (both reported), six patrol "
         "boats to be shipped from Augusta (Sicily) to Abu Sitta naval base (written أبو ستة; shipment, planned), a denied "
         "deployment to Zuwara or the Mellitah complex, and a conditional redeployment of the field hospital to Misrata "
         "(«لن يُعاد نشره في المدينة إلا إذا»); Rome as parliament and government, the ambassador's visit to Benghazi and "
         "Tobruk, the ship name «إتنا», «مسار روما», «إيريني» and «إيني» are not movements.",
 "qqd5": "Kuwaiti e-paper Huna Al-Kuwait «هنا الكويت» (datelined «عواصم»): Russian Il-76s Al Khadim base→Maaten "
         "al-Sarra base near the border with Sudan and a Russian column Al Jufra air base→Brak air base (reported), the "
         "Russian embassy's denial of any transfer to Sirte, Turkey's planned move of advisers Al Watiya base→Khoms port, "
         "a Turkish diplomat's conditional withdrawal from Misrata (Jufra and Brak only in the condition), and the French "
         "embassy's denial of any deployment to southern Libya; the headline's «من الخادم إلى معطن السارة» repeats the "
         "airlift; Paris as venue, the envoy's visits to Moscow and Ankara, the attaché's visit to Kufra, France's past "
         "deployments in Chad and Niger, Kuwait's position and «هنا الكويت» (holds الكويت) are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qqd1", "qqd2", "qqd3", "qqd4", "qqd5")
