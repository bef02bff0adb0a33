# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                  # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                            # G
 # shared
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G (row قاعدة تمنهنت)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                             # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 # qjv1 Zwai and Tebu of Kufra (Sudanile, Khartoum)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                # G
 "dabba": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                               # G (row الدبه)
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                             # G (row خرطوم)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                 # G
 "karb_tom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                        # G
 "buzayma": ("village", "LY", 25.00000, 22.00000, "Buzayma"),                            # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                              # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                               # G
 # qjv2 Tuareg of Ghat and Ubari (Aqlam Hurra, Nouakchott)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),                # G* (town row)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G (row أوباري)
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama military base"),                   # G* (row ماداما)
 "nouakchott": ("city", "MR", 18.08581, -15.97850, "Nouakchott"),                        # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                            # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                  # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"), # G* (row الحدود الليبية الجزائرية)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                  # G* (row kind village)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),             # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 # qjv3 Awlad Suleiman and Tebu of Sabha (Al-Sahra al-Maghribiya, Rabat)
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                   # G
 "south": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                        # G* (row جنوب ليبيا)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "samnu": ("town", "LY", 27.27459, 14.88190, "Samnu"),                                   # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                               # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 # qjv4 Awlad Ali and Obeidat on the Egypt-Libya border (Zat Masr, Cairo)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                 # G (row البردي)
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),             # G (row مطروح)
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                 # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                           # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),                # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),            # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                            # G
 "border_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"),  # G* (row الحدود الليبية المصرية)
 "amsaad_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                         # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                  # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),           # G* (row برقة)
 # qjv5 Tebu of Murzuq and Al Qatrun (Ma'an, Bethlehem)
 "bethlehem": ("city", "PS", 31.70540, 35.20240, "Bethlehem"),                           # K
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                             # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                   # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                         # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                    # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),               # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),              # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G
}

TRAPS = {
 "qjv1": ["سودانايل", "الدعم السريع", "سبل السلام", "عادل الفاشري", "الجيش الوطني الليبي", "الجيش السوداني",
          "التشاديين", "السودانية", "الليبية"],
 "qjv2": ["أقلام حرة", "لغات", "إدريس الأنصاري", "إبراهيم الغاتي", "الجيش الوطني الليبي", "الجيش النيجري",
          "الجيش الجزائري", "نيجرية", "جزائري"],
 "qjv3": ["الصحراء المغربية", "طارق بن زياد", "إدريس المقرحي", "محمد الطرابلسي", "اتفاق الصخيرات", "الليبي"],
 "qjv4": ["ذات مصر", "الجيش المصري", "مصري", "فرج الجغبوبي", "اللبنانية", "ليبية", "السواحل الليبية"],
 "qjv5": ["معا", "كتيبة شهداء أم الأرانب", "عيسى القطروني", "الجيش التشادي", "التشادية", "تشادية", "مالياً", "شمالي"],
}

PHEN = {
 "qjv1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qjv2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qjv3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases",
          "countries"],
 "qjv4": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli", "vague_area",
          "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qjv5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qjv1": [
  mv("advance", "reported", "Sudanese armed groups", ["المالحة"], ["قاعدة معطن السارة"], ["كرب التوم"]),
  mv("withdraw", "reported", "Chadian armed groups", ["بزيمة"], ["تيبستي"]),
  mv("mobilise", "conditional", None, [], ["ربيانة"]),
  mv("deploy", "planned", "Libyan National Army", ["الكفرة"], ["معطن السارة"]),
  mv("advance", "denied", "Sudanese army", ["الدبة"], ["المثلث الحدودي"]),
 ],
 "qjv2": [
  mv("withdraw", "reported", None, ["حقل الشرارة"], ["العوينات"]),
  mv("reinforce", "reported", "Nigerien army", ["أغاديس"], ["قاعدة ماداما"]),
  mv("withdraw", "conditional", None, ["حقل الشرارة"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة تمنهنت"], ["مطار غات"]),
  mv("advance", "denied", "Algerian army", ["جانت"], ["منفذ إيسين"]),
 ],
 "qjv3": [
  mv("reinforce", "reported", "Libyan National Army", ["إدري"], ["سبها"], ["براك"]),
  mv("mobilise", "denied", None, [], ["سمنو"]),
  mv("shipment", "denied", None, ["أم الأرانب"], ["سبها"]),
  mv("withdraw", "conditional", "Libyan National Army", ["سبها"], ["قاعدة تمنهنط"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة براك الجوية"], ["غدوة"]),
 ],
 "qjv4": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم"], ["سيدي براني"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء طبرق"]),
  mv("deploy", "planned", "Libyan National Army", ["طبرق"], ["الجغبوب"]),
  mv("mobilise", "conditional", None, [], ["منفذ امساعد"]),
  mv("naval_landing", "denied", "Egyptian army", ["الإسكندرية"], ["البردي"]),
  mv("shipment", "denied", None, ["طرابلس"], ["ميناء طبرق"]),
 ],
 "qjv5": [
  mv("reinforce", "reported", "Chadian army", ["فايا لارجو"], ["زوار"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["قاعدة الويغ"]),
  mv("advance", "denied", "Chadian armed groups", ["تيبستي"], ["أم الأرانب"]),
  mv("deploy", "conditional", None, [], ["حقل الفيل"]),
  mv("redeploy", "planned", "Libyan National Army", ["قطرون"], ["منفذ التوم"]),
 ],
}

NOTES = {
 "qjv1": "Joint statement of the Zwai social council and the Tebu notables of Kufra (Facebook) plus a Tebu activist's "
         "post: RSF gunmen reported Al-Malha (North Darfur only the container)→Maaten al-Sarra base via Karb al-Tom, "
         "Chadian gunmen reported leaving Buzayma for Tibesti, a conditional Tebu mobilisation in Rebiana (actor "
         "null), a planned LNA (Subul al-Salam) company Kufra→Maaten al-Sarra, and a Sudanese-army advance Al-Dabba→"
         "the border triangle denied by a spokesman whose name contains El Fasher; Kufra as distance reference, "
         "Benghazi as the command's seat, Libya/Egypt/Sudan and El Fasher are background.",
 "qjv2": "Tuareg social council statement (posted 'بعدة لغات', trap for Ghat) and posts: unnamed gunmen reported "
         "leaving the Sharara field for Al-Awaynat (the Ghat-district town, not Jebel Uweinat), Nigerien-army "
         "reinforcements Agadez→Madama base, Tuareg youths who will not leave Sharara unless relieved (conditional, "
         "null), a planned LNA airlift Tamanhint→Ghat airport (Sabha only the source's town), and an Algerian-army "
         "crossing Djanet→Isayen denied; Ghat municipality's mayor is named الغاتي, the border with Algeria and "
         "Algiers vs Algeria are not movement places.",
 "qjv3": "Sabha: an LNA (Tariq bin Ziyad brigade) column reported Idri→Sabha via Brak, Awlad Suleiman deny massing in "
         "Samnu, the Tebu deny an arms shipment Umm al-Aranib→Sabha ('المدينة'), the column will pull back to "
         "Tamanhint base (spelled تمنهنط) once police take over (conditional), and a company is planned Brak air "
         "base→Ghuddwa (Murzuq only the road's direction); the brigade's spokesman is an Idris, the researcher "
         "الطرابلسي, Tripoli, Tunis and Morocco are background.",
 "qjv4": "Egypt-Libya border: Awlad Ali report Egyptian-army reinforcements Marsa Matruh→Sallum via Sidi Barrani, "
         "Obeidat report an LNA marine landing Benghazi port→Tobruk port and a planned battalion Tobruk→Jaghbub, "
         "Obeidat youths would mass near the Amsaad crossing (conditional, null), an Egyptian naval landing "
         "Alexandria→Bardia denied, and an arms ship from Tripoli in Lebanon to Tobruk port ('الميناء') denied; "
         "the border with Egypt, the Libyan Tripoli government, Egypt, eastern Libya and Cairo are background.",
 "qjv5": "Tebu supreme council statement: Chadian-army reinforcements Faya-Largeau→Zouar, an LNA cargo plane Al-Jufra "
         "air base→Al-Wigh base, a Chadian-rebel entry Tibesti→Umm al-Aranib denied (the place also inside the "
         "trap 'كتيبة شهداء أم الأرانب'), Tebu youths who would deploy to the El Feel field if it is attacked "
         "(conditional, null), and a planned company قطرون→Toummo crossing; the smuggling strip from Al Qatrun to "
         "the Niger border is a from-to phrase without a force and gives no movement.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qjv1", "qjv2", "qjv3", "qjv4", "qjv5")
