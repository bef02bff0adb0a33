# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 # Egypt: Matruh coast, Siwa, the Western Desert, Alexandria, Cairo
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                    # G
 "sallum_land_port": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),            # G* (row منفذ امساعد, EG side)
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                        # G
 "najaylah": ("town", "EG", 31.40710, 26.58320, "An-Najaylah"),                             # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                              # G
 "matruh_airport": ("airport", "EG", 31.32540, 27.22170, "Marsa Matruh Airport"),           # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),                # G (row مطروح)
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                        # G
 "naguib_base": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),         # G
 "ras_el_tin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),                 # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                            # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 "cairo_west": ("base", "EG", 30.1158, 30.9153, "Cairo West Air Base"),                     # K
 "west_eg": ("region", "EG", 25.70408, 28.49824, "Western Desert of Egypt"),                # G* (row غرب مصر)
 "great_sand_sea": ("region", "EG", 26.00000, 25.00000, "Great Sand Sea"),                  # G
 "border_eg_ly": ("region", "EG", 30.2, 25.25, "Egypt-Libya border (Egypt side)"),          # K
 "border_eg_west": ("region", "EG", 30.2, 25.25, "Egypt's western border (Egypt side)"),    # K
 # Libya: the east and the border
 "amsaad": ("town", "LY", 31.60968, 25.04999, "Amsaad"),                                    # G (row امساعد)
 "amsaad_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad border crossing"),       # G
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                    # G (row البردي)
 "kambut": ("town", "LY", 31.90434, 24.47840, "Kambut"),                                    # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                    # G
 "nasser_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),          # G* (row مطار طبرق)
 "butnan": ("district", "LY", 30.16346, 23.87338, "Al Butnan District"),                    # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                               # G
 "border_ly_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libya side)"),   # G* (row الحدود الليبية المصرية)
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                      # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "Al Abraq Airport"),                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica"),                            # G
 "east_libya": ("region", "LY", 26.22677, 22.07486, "Eastern Libya"),                       # G (row برقة, written الشرق الليبي)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                      # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                               # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                     # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                            # G (row أبوقرين)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                        # G
 # Turkey
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                    # G
}

TRAPS = {
 "qoz1": ["الأخبار", "حسم 2026", "المنطقة الغربية العسكرية", "حرس الحدود", "أنور السادات", "الجارة الغربية",
          "حياة كريمة", "سعد السلومي", "المساعدات", "الليبية", "مصرية", "مصري"],
 "qoz2": ["تحيا مصر", "حرس الحدود", "الجيش الوطني الليبي", "الليبية", "ليبية", "مصرية", "المصرية", "المصري",
          "السيوية"],
 "qoz3": ["إذاعة مطروح", "غير مطروح", "مساعد مدير", "حرس الحدود", "المنطقة الغربية العسكرية",
          "الجيش الوطني الليبي", "الجانب الليبي", "الليبية", "المصريين"],
 "qoz4": ["شعبة الإعلام الحربي", "القوات المسلحة العربية الليبية", "اللواء 106 مجحفل", "حرس الحدود",
          "المنطقة العسكرية طبرق", "فرج الطبرقي", "حسم 2026", "القيادة العامة", "مصري", "المصرية", "السوريين",
          "التركية"],
 "qoz5": ["14 أكتوبر", "وكالة أنباء الشرق الأوسط", "تحيا مصر", "حكومة الوحدة الوطنية", "الفيلق الأفريقي", "المصرية", "مصري",
          "مصريين", "تركية", "الروسي", "الليبية", "الليبي"],
}

PHEN = {
 "qoz1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qoz2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
          "border_phrase", "coverage_neighbours", "countries"],
 "qoz3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qoz4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qoz5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "border_phrase", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qoz1": [
  mv("deploy", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيدي براني"], ["مرسى مطروح"]),
  mv("airlift", "reported", "Egyptian army", ["قاعدة غرب القاهرة الجوية"], ["مطار مرسى مطروح"]),
  mv("naval_landing", "reported", "Egyptian army", ["الإسكندرية"], ["النجيلة"]),
  mv("redeploy", "planned", "Egyptian army", ["سيدي براني"], ["السلوم"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["السلوم", "سيوة"]),
  mv("deploy", "denied", "Egyptian army", [], ["قاعدة جمال عبد الناصر الجوية"]),
 ],
 "qoz2": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["سيوة"]),
  mv("deploy", "reported", "Egyptian army", [], ["الحدود مع ليبيا"]),
  mv("airlift", "planned", "Egyptian army", ["مطار مرسى مطروح"], ["سيوة"]),
  mv("advance", "denied", "Egyptian army", [], ["الجغبوب"]),
  mv("reinforce", "conditional", "Libyan National Army", ["طبرق"], ["الجغبوب"]),
 ],
 "qoz3": [
  mv("reinforce", "reported", "Egyptian army", ["سيدي براني"], ["منفذ السلوم البري"]),
  mv("deploy", "reported", "Libyan National Army", ["البردي"], ["إمساعد"]),
  mv("withdraw", "planned", "Libyan National Army", ["إمساعد"], ["البردي"]),
  mv("advance", "denied", "Syrian mercenaries", ["مصراتة"], ["امساعد"]),
  mv("reinforce", "conditional", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
 ],
 "qoz4": [
  mv("deploy", "reported", "Libyan National Army", ["كمبوت"], ["الجغبوب"]),
  mv("airlift", "reported", "Libyan National Army", ["مطار الأبرق"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("deploy", "planned", "Libyan National Army", ["البردي"], ["الحدود مع مصر"]),
  mv("withdraw", "conditional", "Libyan National Army", ["منفذ مساعد"], ["طبرق"]),
  mv("advance", "denied", "Egyptian army", [], ["الجغبوب"], ["الحدود مع مصر"]),
 ],
 "qoz5": [
  mv("mobilise", "reported", "GNA forces", [], ["أبو قرين"]),
  mv("deploy", "reported", "Egyptian army", ["قاعدة رأس التين البحرية"], ["سلوم"]),
  mv("deploy", "conditional", "Egyptian army", ["مرسى مطروح"], ["الحدود مع ليبيا"]),
  mv("deploy", "denied", "Egyptian army", [], ["قاعدة الجفرة الجوية"]),
  mv("shipment", "denied", "Egyptian army", [], ["بنغازي"], ["منفذ السلوم البري"]),
  mv("airlift", "planned", "Turkish armed forces", [], ["مصراتة"]),
 ],
}

NOTES = {
 "qoz1": "Egyptian state daily (Al-Akhbar) from Marsa Matruh on the end of the exercise «حسم 2026»: an armoured "
         "brigade Mohamed Naguib base→Sidi Barrani via Marsa Matruh, C-130s Cairo West air base→Marsa Matruh airport, "
         "a marine landing at An-Najaylah from the helicopter carrier that sailed from Alexandria, a planned relief "
         "Sidi Barrani→Sallum, a conditional reinforcement of Sallum and Siwa (Sirte–Jufra only in the condition) and "
         "a denied air-defence deployment to Gamal Abdel Nasser air base; aid convoys, returning workers at the Sallum "
         "land port, Cairo as government and «أنور السادات» (the ship) are not movements or movement places.",
 "qoz2": "Private Egyptian site (Tahya Masr) from Siwa (written سيوه in the dateline): border guards stop drug "
         "smugglers coming from Jaghbub (not a movement), reinforcements Marsa Matruh→Siwa, patrols deployed along "
         "the border with Libya (Egypt side), planned helicopters Marsa Matruh airport→Siwa, a denied Egyptian "
         "crossing towards Jaghbub and the LNA's conditional reinforcement Tobruk→Jaghbub; tourists from Cairo and "
         "Alexandria, Tobruk as the speaker's seat, Cyrenaica/Western Desert/Great Sand Sea are not movement places.",
 "qoz3": "Matrouh Radio's news page from Sallum before Eid: workers and lorries through the Sallum land port "
         "(civilian), border-guard reinforcements Sidi Barrani→the land port, an LNA company Bardia→Amsaad "
         "(written إمساعد) and its planned return, a denied arrival of Syrian mercenaries Misrata→Amsaad and a "
         "conditional reinforcement Marsa Matruh→Sallum («غير مطروح حالياً» holds مطروح; eastern Libya only in the "
         "condition); buses to Alexandria and smuggled cigarettes are not movements.",
 "qoz4": "LNA War Information Division statement from Tobruk: a 106th Brigade force Kambut→Jaghbub, a military "
         "transport plane Al Abraq airport→Gamal Abdel Nasser air base, a planned company Bardia→the border with "
         "Egypt (Libya side), a conditional pull-back from the crossing (written منفذ مساعد) to Tobruk and a denied "
         "Egyptian column into Jaghbub across the border with Egypt; mercenaries stationed at Al-Watiya, Turkish bases "
         "in Misrata, Cairo, Cyrenaica and the Egyptian exercise are not movements or movement places.",
 "qoz5": "Aden daily (14 October) compiling agency copy from Cairo on the Sirte–Jufra red line: GNU forces massing in Abu Qurayn (written "
         "أبوقرين in the headline), the frigate «تحيا مصر» Ras el-Tin naval base→off Sallum, a conditional deployment "
         "of Marsa Matruh units to the border with Libya (Abu Qurayn and Sirte only in the condition), denied Egyptian "
         "experts at Al Jufra air base and denied arms shipments via the Sallum land port to Benghazi, and a planned "
         "Turkish airlift of advisers to Misrata (Ankara only as government); Tripoli and Cairo as governments, "
         "the Russian presence at Jufra and the red line itself are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qoz1", "qoz2", "qoz3", "qoz4", "qoz5")
