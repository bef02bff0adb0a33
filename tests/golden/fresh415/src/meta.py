# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # Egyptian side
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "alex": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                              # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G
 "matruh_airport": ("airport", "EG", 31.3254, 27.2217, "Marsa Matruh Airport"),         # K
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "alamein": ("town", "EG", 30.83007, 28.95502, "El Alamein"),                           # G
 "barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                         # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "sallum_port": ("crossing", "EG", 31.565, 25.165, "Port of Sallum"),                   # K
 "sallum_crossing": ("crossing", "EG", 31.58, 25.06, "Sallum land port"),               # K
 "sallum_plateau": ("region", "EG", 31.50, 25.10, "Sallum plateau"),                    # K
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "siwa_airport": ("airport", "EG", 29.345, 25.506, "Siwa Airport"),                     # K
 "western_desert": ("region", "EG", 25.70408, 28.49824, "Western Desert (Egypt)"),      # G* (row غرب مصر)
 "west_border": ("region", "EG", 29.5, 25.15, "Egypt's western border"),                # K
 "border_eg": ("region", "EG", 30.5, 25.15, "Egypt-Libya border (Egyptian side)"),      # K
 # Libyan side
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "gamal_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),       # G* (row مطار طبرق, HLGN)
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "kambut": ("town", "LY", 31.90434, 24.47840, "Kambut"),                                # G
 "bardia": ("town", "LY", 31.75601, 25.08530, "Bardia"),                                # G* (row بردية)
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed (Musaid)"),                       # G (row امساعد)
 "emsaed_mun": ("district", "LY", 31.60968, 25.04999, "Emsaed municipality"),           # G* (town row)
 "emsaed_crossing": ("crossing", "LY", 31.60968, 25.04999, "Emsaed (Musaid) border crossing"),  # G (row منفذ امساعد)
 "butnan": ("district", "LY", 30.16346, 23.87338, "Al Butnan"),                         # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "border_ly": ("region", "LY", 29.9, 24.85, "Libya-Egypt border (Libyan side)"),        # K
}

TRAPS = {
 "pa1": ["الشروق", "قادر 2026", "المنطقة الغربية العسكرية", "الجيش الوطني الليبي", "خليفة حفتر", "شارع الإسكندرية",
         "المصري", "الليبية"],
 "pa2": ["الوطن", "الجيش الوطني الليبي", "الزاوية السنوسية", "الملك إدريس السنوسي", "عمر السيوي", "هذه الواحات",
         "المصري", "الليبية", "الليبيين"],
 "pa3": ["قناة المسار", "مساعد آمر الكتيبة", "سالم الإدريسي", "القيادة العامة للقوات المسلحة العربية الليبية", "حي الشرقية",
         "المصرية"],
 "pa4": ["صدى البلد", "قادر 2026", "المنطقة الغربية", "معركة العلمين", "المصري"],
 "pa5": ["القاهرة 24", "عوض السلومي", "الجيش الوطني الليبي", "المصرية", "الجانب الليبي"],
}

PHEN = {
 "pa1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "pa2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "border_phrase", "coverage_neighbours", "countries"],
 "pa3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "pa4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "pa5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


EA, LNA = "Egyptian army", "Libyan National Army"

MOVES = {
 "pa1": [
  mv("airlift", "reported", EA, ["قاعدة محمد نجيب العسكرية"], ["مطار مرسى مطروح"]),
  mv("deploy", "reported", EA, [], ["سيدي براني"]),
  mv("reinforce", "planned", EA, [], ["السلوم"]),
  mv("reinforce", "conditional", EA, ["الإسكندرية"], ["الحدود مع ليبيا"]),
  mv("advance", "denied", EA, [], ["طبرق"], ["منفذ السلوم البري"]),
 ],
 "pa2": [
  mv("reinforce", "reported", EA, ["مرسى مطروح"], ["سيوة"]),
  mv("airlift", "planned", EA, [], ["مطار سيوة"]),
  mv("deploy", "reported", LNA, ["طبرق"], ["الجغبوب"]),
  mv("advance", "conditional", LNA, [], ["الحدود مع مصر"]),
  mv("withdraw", "denied", LNA, ["الجغبوب"], ["طبرق"]),
 ],
 "pa3": [
  mv("redeploy", "reported", LNA, ["قاعدة جمال عبد الناصر الجوية"], ["إمساعد"], ["طبرق", "البردية"]),
  mv("deploy", "planned", LNA, [], ["منفذ امساعد"]),
  mv("naval_landing", "reported", LNA, ["بنغازي"], ["قاعدة طبرق البحرية"]),
  mv("shipment", "conditional", LNA, ["ميناء الحريقة"], ["الجغبوب"]),
  mv("mobilise", "denied", LNA, [], ["كمبوت"]),
 ],
 "pa4": [
  mv("withdraw", "reported", EA, ["السلوم"], ["قاعدة محمد نجيب"], ["سيدي براني", "مرسي مطروح"]),
  mv("redeploy", "planned", EA, ["سيدي براني"], ["سيوة"]),
  mv("airlift", "conditional", EA, [], ["مطار مرسى مطروح"]),
  mv("shipment", "denied", EA, [], ["بنغازي"], ["منفذ السلوم"]),
 ],
 "pa5": [
  mv("redeploy", "reported", EA, ["السلوم"], ["هضبة السلوم"]),
  mv("naval_landing", "reported", EA, [], ["ميناء السلوم"]),
  mv("reinforce", "reported", LNA, ["ميناء الحريقة"], ["امساعد"]),
  mv("deploy", "planned", LNA, [], ["الجغبوب"]),
  mv("mobilise", "conditional", LNA, [], ["البردي"]),
  mv("withdraw", "denied", LNA, ["منفذ امساعد"], ["طبرق"]),
 ],
}

NOTES = {
 "pa1": "Al-Shorouk-style report from Marsa Matruh on the «قادر 2026» exercise: reported C-130 airlift Mohamed Naguib "
        "base→Marsa Matruh airport (told again in the headline) and a mechanised deployment around Sidi Barrani (the "
        "coast road «المؤدي إلى السلوم» is a locator); a planned two-battalion reinforcement of Sallum; a conditional "
        "armoured brigade Alexandria→the border with Libya («إذا شهد الشرق الليبي…»); a denied crossing of the Sallum land "
        "port towards Tobruk. Haftar's visit to Cairo is not a movement; شارع الإسكندرية is a street trap.",
 "pa2": "El-Watan-style report from Siwa: reported border-guard reinforcement Marsa Matruh→Siwa; a planned special-forces "
        "air bridge to Siwa airport (the border phrase after it locates «تحركات مريبة» and is not a destination); an LNA "
        "company Tobruk→Al-Jaghbub; the company commander's conditional advance to the border with Egypt (no origin "
        "written); the LNA's denied pull-out Jaghbub→Tobruk. Traps: «الوطن» (outlet and «حماية الوطن»), الزاوية السنوسية, "
        "King Idris, the Siwi sheikh, «هذه الواحات»; سيوه is a spelling variant of سيوة.",
 "pa3": "Al-Masar-style Tobruk report: the 116th Infantry Battalion redeployed Gamal Abdel Nasser air base→Emsaed via "
        "Bardia (headline retells it; the Tobruk residents who saw the columns cross the ring road add Tobruk as a via); planned take-over of the Emsaed crossing; the landing ship Ibn Ouf landed marines "
        "and armour at Tobruk naval base from Benghazi; ammunition and fuel near Marsa al-Hariga sent to Jaghbub only «إلا "
        "إذا» (conditional shipment); a denied massing at Kambut. «جنوب طبرق» locates the base; «مساعد آمر الكتيبة» and "
        "«سالم الإدريسي» are traps; Tunisia hosting the 5+5 meeting is the country.",
 "pa4": "Sada El Balad-style Cairo report: units of the exercise pulled back Sallum→Mohamed Naguib base via Sidi Barrani "
        "and Marsa Matruh (spelt مرسي); two border-guard companies to redeploy Sidi Barrani→Siwa; a conditional "
        "commando airlift to Marsa Matruh airport «إذا تطلب الموقف»; a denied arms-truck run through the Sallum crossing "
        "to Benghazi (headline «شرق ليبيا» is the same move). Units staying on the Sallum plateau, the exercise near "
        "El Alamein and the neighbours' meeting in Algeria are not movements.",
 "pa5": "Cairo 24-style report from Sallum: border guards repositioned Sallum town→the Sallum plateau; a landing ship put "
        "marines ashore at Sallum port; LNA columns from around Marsa al-Hariga reinforced Emsaed (بطبرق locates the "
        "terminal); a planned extra company for Jaghbub; a conditional LNA massing at Bardia (spelt البردي); a denied "
        "pull-out of the Emsaed-crossing force to Tobruk. Trucks to Libya and migrants from Sudan are civilian flows, "
        "not movements; «عوض السلومي» is a person trap.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("pa1", "pa2", "pa3", "pa4", "pa5")
BAR_IN_TEXT = True  # pa3's headline has a literal "|" («عاجل |»)
