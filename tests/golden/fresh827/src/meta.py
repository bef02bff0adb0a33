# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and capitals
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                            # G
 "jordan": ("country", "JO", 31.26963, 36.29991, "Jordan"),                             # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # Matruh governorate and the Egyptian western border
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "matruh_airport": ("airport", "EG", 31.32540, 27.22170, "Mersa Matruh Airport"),       # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G* (row مطروح)
 "matruh_port": ("crossing", "EG", 31.358, 27.235, "Port of Marsa Matruh"),             # K
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "siwa_airport": ("airport", "EG", 29.3456, 25.5064, "Siwa Oasis North Airport"),       # K
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "hammam": ("town", "EG", 30.84532, 29.38818, "El Hammam"),                             # G
 "alamein": ("town", "EG", 30.83007, 28.95502, "El Alamein"),                           # G
 "dabaa": ("town", "EG", 31.02819, 28.44498, "El Dabaa"),                               # G
 "alamein_airport": ("airport", "EG", 30.92450, 28.46140, "El Alamein International Airport"),  # G
 "negaila": ("town", "EG", 31.40710, 26.58320, "An-Najaylah"),                          # G
 "alex_port": ("crossing", "EG", 31.183, 29.870, "Port of Alexandria"),                 # K
 "border_eg": ("region", "EG", 30.8, 25.2, "Egypt-Libya border (Egyptian side)"),       # K
 "sandsea": ("region", "EG", 26.00000, 25.00000, "Great Sand Sea"),                     # G
 "westdesert": ("region", "EG", 25.70408, 28.49824, "Western Desert of Egypt"),         # G* (row غرب مصر)
 # eastern Libya
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "jaghbub_mun": ("district", "LY", 29.74262, 24.51676, "Al Jaghbub municipality"),      # G* (town row)
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "nasser_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),      # G* (row مطار طبرق, airport)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.105, 20.052, "Port of Benghazi"),               # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "Al Abraq Airport"),            # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                   # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),    # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "border_ly_eg": ("region", "LY", 29.8, 24.9, "Libya-Egypt border (Libyan side, Jaghbub sector)"),  # K
 "border_region": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border"),           # G
 "westlibya": ("region", "LY", 30.79644, 14.18653, "Western Libya"),                    # G* (row إقليم طرابلس)
 # Lebanon
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G* (row مرفأ طرابلس)
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
}

TRAPS = {
 "qew1": ["رعد الصحراء", "المنطقة الغربية العسكرية", "بوابة الوفد", "الجيش الوطني الليبي", "مطروحاً", "المصري الليبي",
          "الأراضي المصرية"],
 "qew2": ["صدى البلد", "مساعد وزير الداخلية", "الملك إدريس السنوسي", "الحركة السنوسية", "الجيش الوطني الليبي",
          "حرس الحدود المصرية"],
 "qew3": ["فيتو", "اللواء سمير المطروحي", "علي الطرابلسي", "الجيش الوطني الليبي", "الليبية"],
 "qew4": ["القاهرة الإخبارية", "الرائد إدريس العبيدي", "قوات الدعم السريع", "الجيش الوطني الليبي", "السودانية",
          "الأراضي المصرية"],
 "qew5": ["بوابة أخبار اليوم", "داعش", "الجيش الوطني الليبي", "الصاعقة الليبية", "المعاهد المصرية"],
}

PHEN = {
 "qew1": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qew2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qew3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qew4": ["spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "coverage_oil", "coverage_neighbours", "countries"],
 "qew5": ["multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "vague_area", "coverage_bases",
          "coverage_oil", "coverage_crossings", "coverage_neighbours"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qew1": [
  mv("deploy", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيدي براني"], ["مرسى مطروح"]),
  mv("airlift", "planned", "Egyptian army", ["مطار مرسى مطروح"]),
  mv("redeploy", "conditional", "Egyptian army", ["مرسى مطروح"], ["سيوة"]),
  mv("reinforce", "reported", "Libyan National Army", ["البردي"], ["امساعد"]),
  mv("withdraw", "planned", "Libyan National Army", [], ["البردي"]),
  mv("advance", "denied", "Egyptian army", [], ["الجغبوب"]),
 ],
 "qew2": [
  mv("reinforce", "reported", "Libyan National Army", ["طبرق"], ["الجغبوب"]),
  mv("redeploy", "conditional", "Libyan National Army", ["قاعدة بنينا الجوية"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("reinforce", "planned", "Egyptian army", ["سيدي براني"], ["سيوة"]),
  mv("withdraw", "denied", "Egyptian army", ["السلوم"], ["مرسى مطروح"]),
 ],
 "qew3": [
  mv("naval_landing", "reported", "Egyptian army", ["ميناء مرسى مطروح"], ["النجيلة"]),
  mv("naval_landing", "planned", "Libyan National Army", ["قاعدة طبرق البحرية"], ["النجيلة"]),
  mv("redeploy", "conditional", "Egyptian army", ["سيدي براني"], ["السلّوم"]),
  mv("shipment", "denied", "Egyptian army", [], ["قاعدة الخادم"]),
 ],
 "qew4": [
  mv("airlift", "reported", "Egyptian army", ["مطار العلمين"], ["مطار سيوة"]),
  mv("deploy", "planned", "Egyptian army", ["سيوة"], ["بحر الرمال الأعظم"]),
  mv("advance", "conditional", "Libyan National Army", ["الجغبوب"], ["الحدود مع مصر"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["الجغبوب"]),
 ],
 "qew5": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة محمد نجيب العسكرية"], ["مطار الأبرق"]),
  mv("deploy", "planned", "Egyptian army", ["القاهرة"], ["قاعدة بنينا الجوية"]),
  mv("redeploy", "conditional", "Libyan National Army", ["الرجمة"], ["طبرق"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["ميناء الحريقة"]),
  mv("shipment", "denied", "Egyptian army", ["ميناء الإسكندرية"], ["ميناء بنغازي"]),
 ],
}

NOTES = {
 "qew1": "Exercise 'Raad al-Sahraa 2026' (operation trap): an Egyptian armoured group Mohamed Naguib base→Sidi Barrani "
         "via Marsa Matruh (El Hammam only locates the base; Matruh governorate is the exercise area); a planned "
         "paratroop drop flown from Marsa Matruh airport over a zone '40 km north of Siwa' (Siwa a distance reference, "
         "so the airlift has only an origin); a conditional road move of the battalion Marsa Matruh→Siwa if the weather "
         "stops the drop; an LNA company Bardia→Emsaed and its planned return to Bardia after the exercise (destination only: no origin is written in that clause); a denied Egyptian crossing to Jaghbub ('30 km from the border "
         "with Libya' is a distance reference; Marsa Matruh also dateline and seat of the joint ops room; Alamein and "
         "Dabaa only past-exercise background; Kuwait and Jordan are the observers' countries). 'مطروحاً' (on the table) is a "
         "common-word trap.",
 "qew2": "Coordination meeting at the Sallum land port opposite Musaid (venue, not movement places): LNA infantry "
         "battalion Tobruk→Jaghbub; a conditional drone-unit move Benina air base→Gamal Abdel Nasser air base; a "
         "planned Egyptian two-company reinforcement Sidi Barrani→Siwa ('opposite Jaghbub' is only a locator); a denied "
         "Egyptian pull-back Sallum→Marsa Matruh; Jaghbub background (King Idris's birthplace, trap with Idri inside; "
         "'مساعد وزير الداخلية' common-word trap beside the town مساعد).",
 "qew3": "LNA delegation received in Cairo (a visit, not a movement); Egyptian marines landed at An-Najaylah from Marsa "
         "Matruh port ('west of Marsa Matruh' locator); a planned LNA landing ship Tobruk naval base→the same beach "
         "(anaphora → النجيلة); a conditional armoured move Sidi Barrani→Sallum ('المدينة الحدودية' → السلّوم); a denied "
         "Egyptian shipment of drones and ammunition to Al-Khadim base (Benghazi only a locator, Tripoli the TV channel's "
         "seat, Egypt the accused state, 'علي الطرابلسي' a person trap); Tunis venue and the neighbour countries are background.",
 "qew4": "Egyptian border-guard airlift El Alamein airport→Siwa airport (the TV crew's road trip from Marsa Matruh is not "
         "a force move); planned permanent patrols from Siwa ('الواحة') into the Great Sand Sea (Kufra and the Sarir field "
         "only the far end of smuggling routes); the LNA commander's conditional patrol Jaghbub→the border with Egypt (Sallum only seat "
         "of the liaison officer); a denied RSF massing on the edge of Jaghbub; Siwa/Marsa Matruh/border distances are background.",
 "qew5": "LNA commandos flown home Mohamed Naguib base→Al Abraq airport (Egyptian aircraft, LNA troops); planned Egyptian "
         "trainers Cairo→Benina air base; a conditional LNA redeployment of two battalions Al-Rajma→Tobruk (the "
         "Libya–Egypt border only the condition, Sallum the joint room's seat); a reported LNA massing of 40 vehicles around "
         "the Hariga oil terminal (Tobruk only locates it); a denied armour shipment Alexandria "
         "port→Benghazi port (the photos show a civilian ship at Tripoli port in northern Lebanon; Tripoli in Libya is "
         "the seat of the pages' government); Derna 2015 strikes and western Libya are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qew1", "qew2", "qew3", "qew4", "qew5")
