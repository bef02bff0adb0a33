# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # Egypt: the north-west coast and the Western Desert
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "cairo_west": ("base", "EG", 30.1164, 30.9156, "Cairo West Air Base"),                 # K
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "alexandria_port": ("crossing", "EG", 31.185, 29.870, "Port of Alexandria"),           # K
 "rasaltin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),               # G
 "borg_airport": ("airport", "EG", 30.91770, 29.69640, "Borg El Arab Airport"),         # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "hammam": ("town", "EG", 30.84532, 29.38818, "El Hammam"),                             # G
 "alamein": ("town", "EG", 30.83007, 28.95502, "El Alamein"),                           # G
 "alamein_airport": ("airport", "EG", 30.92450, 28.46140, "El Alamein International Airport"),  # G
 "dabaa": ("town", "EG", 31.02819, 28.44498, "El Dabaa"),                               # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "matruh_airport": ("airport", "EG", 31.32540, 27.22170, "Mersa Matruh Airport"),       # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G (row مطروح, district)
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "sallum_port": ("crossing", "EG", 31.565, 25.160, "Port of Sallum"),                   # K
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "siwa_airport": ("airport", "EG", 29.345, 25.506, "Siwa Oasis North Airport"),         # K
 "western_desert": ("region", "EG", 25.70408, 28.49824, "Western Desert (Egypt)"),      # G* (row غرب مصر)
 "great_sand_sea": ("region", "EG", 26.00000, 25.00000, "Great Sand Sea"),              # G
 "border_eg": ("region", "EG", 31.3, 25.1, "Egypt-Libya border (Egyptian side, north)"),  # K
 "border_eg_ly": ("region", "EG", 29.0, 25.2, "Egyptian-Libyan border (Egyptian side)"),  # K
 # Libya: the east, the Butnan and the border
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "gamal_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),       # G* (row مطار طبرق, kind base)
 "kambut": ("town", "LY", 31.90434, 24.47840, "Kambut"),                                # G
 "bardia": ("town", "LY", 31.75601, 25.08530, "Bardia"),                                # G
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 "emsaed_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "jaghbub_mun": ("district", "LY", 29.74262, 24.51676, "Al Jaghbub municipality"),      # G* (town row)
 "butnan": ("district", "LY", 30.16346, 23.87338, "Al Butnan"),                         # G
 "border_ly_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"),  # G* (row الحدود الليبية المصرية)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),               # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),      # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "tripoli_ly": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                           # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (row قاعدة الجفرة الجوية, point near Hun/Waddan)
 # Lebanon
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # Algeria
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
}

TRAPS = {
 "qam1": ["صدى البلد", "أحمد السلومى", "حسم 2026", "المنطقة الغربية العسكرية", "ليبيا المستقبل", "مطروحة", "المصرية"],
 "qam2": ["الوفد", "الوطنى الليبى", "المصريين", "المصرية", "اللبنانية"],
 "qam3": ["فيتو", "الوطنى الليبى", "الملك إدريس السنوسى", "السيوية", "سرت", "كتيبة شهداء الواحات", "بوابة الوسط",
          "الدعم السريع", "الليبية"],
 "qam4": ["القاهرة الإخبارية", "درع الشمال 2026", "الجزائرى", "الجزائرية", "المصرية", "الوطنى الليبى"],
 "qam5": ["بوابة أخبار اليوم", "الجيش الليبى", "الجيش الوطني الليبي", "اللواء 106 مجحفل", "إدريس العبيدى",
          "غرفة عمليات المنطقة الشرقية", "المصرى"],
}

PHEN = {
 "qam1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_neighbours", "countries"],
 "qam2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "vague_area",
          "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qam3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
 "qam4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qam5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qam1": [
  mv("deploy", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيدى برانى"], ["مطروح"]),
  mv("airlift", "reported", "Egyptian army", ["مطار برج العرب"], ["مطار مرسى مطروح"]),
  mv("naval_landing", "planned", "Egyptian army", ["قاعدة رأس التين البحرية"], ["الضبعة"]),
  mv("advance", "conditional", "Egyptian army", [], ["الحدود مع ليبيا"]),
  mv("redeploy", "denied", "Egyptian army", [], ["قاعدة جمال عبد الناصر الجوية"]),
 ],
 "qam2": [
  mv("reinforce", "reported", "Egyptian army", ["سيدى برانى"], ["منفذ السلوم البرى"]),
  mv("withdraw", "reported", "Libyan National Army", ["منفذ امساعد"], ["طبرق"]),
  mv("mobilise", "conditional", "Libyan National Army", [], ["البردية"]),
  mv("shipment", "planned", "Egyptian army", ["الإسكندرية"], ["ميناء السلوم"]),
  mv("advance", "denied", "Egyptian army", [], ["امساعد"]),
 ],
 "qam3": [
  mv("deploy", "reported", "Egyptian army", ["مرسى مطروح"], ["سيوه"]),
  mv("airlift", "planned", "Egyptian army", ["مطار العلمين"], ["مطار سيوة"]),
  mv("reinforce", "reported", "Libyan National Army", ["طبرق"], ["جغبوب"]),
  mv("redeploy", "conditional", "Libyan National Army", ["الجغبوب"], ["حقل السرير"]),
  mv("airlift", "denied", "Libyan National Army", ["الكفرة"], ["الجغبوب"]),
 ],
 "qam4": [
  mv("redeploy", "reported", "Egyptian army", ["قاعدة غرب القاهرة الجوية"], ["مطار مرسى مطروح"]),
  mv("airlift", "reported", "Algerian army", ["الجزائر العاصمة"], ["مطار العلمين"]),
  mv("naval_landing", "reported", "Egyptian army", ["ميناء الإسكندرية"], ["العلمين"]),
  mv("withdraw", "planned", "Algerian army", ["مطار العلمين"], ["الجزائر"]),
  mv("airlift", "conditional", "Egyptian army", ["مرسى مطروح"], ["سيدي براني"]),
  mv("naval_landing", "denied", "Egyptian army", [], ["قاعدة طبرق البحرية"]),
 ],
 "qam5": [
  mv("mobilise", "reported", "Libyan National Army", [], ["كمبوت"]),
  mv("shipment", "reported", "Libyan National Army", ["ميناء الحريقة"], ["الجغبوب"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة جمال عبد الناصر الجوية"], ["امساعد"]),
  mv("reinforce", "conditional", "Libyan National Army", ["بنغازي"], ["طبرق"]),
  mv("withdraw", "denied", "Libyan National Army", ["البردية"], ["طبرق"]),
 ],
}

NOTES = {
 "qam1": "Sada El Balad on the «Hasm 2026» exercise (trap): an armoured group Mohamed Naguib base→Sidi Barrani via "
         "Matruh (El Hammam only locates the base), a C-130 airlift Borg El Arab airport→Marsa Matruh airport, a planned "
         "marine landing Ras el-Tin base→Dabaa beach (Alexandria locates the base; Algeria/Tunisia/Sudan are attachés' "
         "countries), a conditional advance towards the border with Libya (Sirte–Jufra only the red-line condition) and "
         "a denied Rafale transfer to Gamal Abdel Nasser air base (Tobruk a locator). «كل الخيارات مطروحة» is a trap.",
 "qam2": "Al-Wafd from Sallum: border-guard reinforcements Sidi Barrani→the Sallum land port, an LNA company pulled "
         "Emsaed crossing→Tobruk, a conditional LNA massing of two battalions in Bardia (17 km north of the crossing, "
         "no named reference), a planned navy shipment of towers and cameras Alexandria→Sallum port, and a denied "
         "Egyptian entry into Emsaed. Benghazi/Misrata are returning workers' towns, Lebanese Tripoli a drugs "
         "container's origin, Matruh the governor's governorate: none is a movement place.",
 "qam3": "Veto from Siwa: a border-guard company Marsa Matruh→around Siwa (the road to Jaghbub is only a description), "
         "a planned Chinook lift Alamein airport→Siwa airport, an LNA reinforcement Tobruk→Jaghbub, a conditional "
         "transfer Jaghbub→Sarir field if the south-east is attacked (south-eastern Libya only the condition), and a "
         "denied cargo flight Kufra→Jaghbub. «سرت» is the verb 'spread'; King Idris al-Senussi is a person trap.",
 "qam4": "Al-Qahera News on the Egyptian-Algerian «Northern Shield 2026» drill: F-16s Cairo West→Marsa Matruh airport, "
         "Algerian special forces flown Algiers→Alamein airport, a joint marine landing Alexandria port→Alamein beach "
         "(one movement, Egyptian army as the announcing force), the Algerians' planned return Alamein airport→Algeria "
         "(country), a conditional heliborne move Marsa Matruh→Sidi Barrani, and a denied Egyptian naval arrival at "
         "Tobruk naval base (Benghazi the speaker's city).",
 "qam5": "Akhbar El Yom Gate from Tobruk: an LNA massing of 70 vehicles at Kambut ('50 km east of Tobruk' is a "
         "distance reference), a fuel-and-ammunition convoy Marsa al-Hariga→Jaghbub, a planned company Gamal Abdel "
         "Nasser air base→Emsaed, a conditional reinforcement Benghazi→Tobruk if moves are seen near the Uweinat "
         "triangle (condition only), and a denied battalion pull-out Bardia→Tobruk claimed by pages close to the GNU in "
         "Tripoli. Emsaed crossing, Sallum, eastern Libya, Sudan and Cairo are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qam1", "qam2", "qam3", "qam4", "qam5")
