# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # cities and towns, Libya
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "bardia": ("town", "LY", 31.75601, 25.08530, "Bardia"),                                # G
 "kambut": ("town", "LY", 31.90434, 24.47840, "Kambut"),                                # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "ainghazala": ("town", "LY", 32.15000, 23.33000, "Ain al Ghazala"),                    # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 # Libya: facilities
 "emsaed_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "bardia_port": ("crossing", "LY", 31.762, 25.092, "Port of Bardia"),                   # K
 "gan_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),         # G* (row مطار طبرق, kind base)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 # Libya: districts and regions
 "butnan": ("district", "LY", 30.16346, 23.87338, "Al Butnan"),                         # G (row البطنان)
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                           # G
 "southeast_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),           # G* (row جنوب شرق ليبيا)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "border_ly_eg_jaghbub": ("region", "LY", 29.75, 24.95, "Libya-Egypt border (Libyan side, Jaghbub)"),  # K
 "tripoint_sd_td": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات)
 # Egypt
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G (row مطروح)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "border_eg_siwa": ("region", "EG", 29.75, 25.05, "Egypt-Libya border (Egyptian side, opposite Jaghbub)"),  # K
 "western_desert": ("region", "EG", 25.70408, 28.49824, "Western Desert of Egypt"),     # G* (row غرب مصر)
 # elsewhere
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                # G
}

TRAPS = {
 "qgk1": ["الوفد", "المنطقة الغربية العسكرية", "الجيش المصري", "محمد بن علي السنوسي", "إدريس السنوسي",
          "الحركة السنوسية", "الليبية", "مصرية"],
 "qgk2": ["القدس العربي", "الجيش الوطني الليبي", "سالم الجغبوبي", "لواء طارق بن زياد", "سوداني", "المصرية"],
 "qgk3": ["صدى البلد", "مساعد وزير الداخلية", "على مسؤوليتي", "إدريس الفاخري", "الجيش الليبي", "مصري"],
 "qgk4": ["الجريدة", "سبل السلام", "الجيش الوطني الليبي", "عبد الله الجالوي", "اللبنانية", "الليبي-الليبي"],
 "qgk5": ["فرانس 24", "الفيلق الأفريقي", "فاغنر", "مالي", "الروسية", "الفرنسي"],
}

PHEN = {
 "qgk1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qgk2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qgk3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qgk4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qgk5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qgk1": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["سيوة"]),
  mv("deploy", "reported", "Egyptian army", ["سيوة"], ["الحدود مع ليبيا"]),
  mv("redeploy", "planned", "Egyptian army", ["سيدي براني"], ["السلوم"]),
  mv("reinforce", "conditional", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيوة"]),
  mv("advance", "denied", "Egyptian army", [], ["الجغبوب"]),
 ],
 "qgk2": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["طبرق"], ["درنة"]),
  mv("advance", "reported", "Libyan National Army", ["طبرق"], ["البردية"], ["كمبوت"]),
  mv("naval_landing", "planned", "Libyan National Army", ["قاعدة طبرق البحرية"], ["ميناء البردية"]),
  mv("withdraw", "conditional", "Libyan National Army", ["منفذ امساعد"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["الجغبوب"]),
 ],
 "qgk3": [
  mv("deploy", "reported", "Libyan National Army", ["طبرق"], ["منفذ مساعد"]),
  mv("reinforce", "reported", "Egyptian army", ["مطروح"], ["السلوم"]),
  mv("redeploy", "planned", "Libyan National Army", ["منفذ مساعد"], ["البردي"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["السلوم"]),
  mv("shipment", "denied", None, [], ["طبرق"], ["منفذ السلوم البري"]),
 ],
 "qgk4": [
  mv("deploy", "reported", "Libyan National Army", ["جالو"], ["الجغبوب"]),
  mv("deploy", "reported", "Libyan National Army", ["الجغبوب"], ["الحدود مع مصر"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة جمال عبد الناصر الجوية"], ["مطار الكفرة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["الجغبوب"], ["جالو"]),
  mv("shipment", "denied", None, ["مرفأ طرابلس"], ["ميناء طبرق"]),
 ],
 "qgk5": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
  mv("redeploy", "planned", "Libyan National Army", ["عين الغزالة"], ["كمبوت"]),
  mv("withdraw", "conditional", "Russian forces", ["قاعدة جمال عبد الناصر الجوية"]),
  mv("mobilise", "denied", "Russian forces", [], ["البردية", "منفذ امساعد"]),
 ],
}

NOTES = {
 "qgk1": "Al-Wafd from Marsa Matruh: an Egyptian mechanised battalion Marsa Matruh→Siwa, two companies Siwa→the border "
         "with Libya (positions 'opposite Jaghbub': Jaghbub only a locator there), a planned engineer company Sidi "
         "Barrani→Sallum (the Sallum land port only the road's end), a conditional reinforcement of Siwa from the "
         "Mohamed Naguib base if armed groups move near Jaghbub (Jaghbub only the condition), and the military "
         "spokesman's denial that Egyptian units entered Jaghbub (Cairo = speaker's city). Idris al-Senussi and the "
         "Senussi founder are person traps; the Western Desert and Jebel Uweinat are background only.",
 "qgk2": "Al-Quds Al-Arabi from Tobruk: an LNA column Benghazi→Tobruk via Derna, units advancing Tobruk→Bardia via "
         "Kambut (the Emsaed crossing '17 km' only a road reference there), a planned marine landing Tobruk naval "
         "base→Bardia port (Sallum, written للسلوم, only locates the waters), the Tariq bin Ziyad brigade's conditional "
         "pull-out from the Emsaed crossing ('لن تنسحب منه إلا بعد'), and a denied massing of Sudanese fighters in "
         "Jaghbub. Tobruk as seat of parliament, Hariga port, Butnan, Sudan and the south-east are background.",
 "qgk3": "Sada El Balad from Sallum: LNA military police Tobruk→the Musaid crossing (spelled منفذ مساعد), Egyptian "
         "border-guard armour Matruh→Sallum, a planned LNA company Musaid crossing→Bardia (spelled البردي), an "
         "Egyptian-colloquial conditional reinforcement of Sallum ('لو'), and a denied weapons-truck shipment via the "
         "Sallum land port to Tobruk (no force named: actor null). 'مساعد وزير الداخلية' is a common-word trap and "
         "'إدريس الفاخري' a person trap; Tunisia (transit trucks), Benghazi and Ajdabiya (returning workers) and the "
         "Matruh governorate are not movement places.",
 "qgk4": "Al-Jarida (Kuwait, wires): the Subul al-Salam brigade Jalu→Jaghbub, patrols Jaghbub→the border with Egypt, a "
         "planned LNA cargo flight Gamal Abdel Nasser base→Kufra airport (the border triangle with Sudan and Chad only "
         "says where the units it supplies are), a conditional return Jaghbub→Jalu ('بمجرد'; Sarir field only the "
         "sweep's extent), and a denied arms ship Port of Tripoli (Lebanon)→Tobruk port; Tripoli (Libya) is the "
         "GNA's seat; Kuwait is the dateline city and later the country.",
 "qgk5": "France 24 from Paris: Russian Il-76 flights Al-Khadim base→Gamal Abdel Nasser air base (Benghazi and Tobruk "
         "only locators), a Russian landing ship unloading at Tobruk port, a planned LNA battalion Ain al-Ghazala→"
         "Kambut (Tobruk and Bardia only ends of the road it secures), a conditional Russian departure from the air "
         "base ('فور أن'), and the LNA's denial of an Africa Corps massing in Bardia and near the Emsaed crossing. "
         "Tripoli (GNA statement), Moscow, Cairo, Syria, Crete, Jufra, Brak and Gardabya are background only; "
         "'مقابل مالي' is a common-word trap (Mali).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qgk1", "qgk2", "qgk3", "qgk4", "qgk5")
