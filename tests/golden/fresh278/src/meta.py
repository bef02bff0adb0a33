# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 # cities used in several articles
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 # jt1 Murzuq / Tsawa
 "tsawa": ("town", "LY", 25.98, 13.47, "Tasawah"),                                      # K
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),          # G* (town row)
 "el_feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),               # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),           # G
 # jt2 Kufra / Bzima
 "buzayma": ("village", "LY", 25.00000, 22.00000, "Buzayma"),                           # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "east_oweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                    # G* (airport row مطار شرق العوينات)
 "border_eg": ("region", "EG", 22.3, 25.4, "Egypt-Libya border (Egyptian side, south)"), # K
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "sallum_crossing": ("crossing", "EG", 31.55371, 25.15793, "Sallum land port"),   # G* (Sallum town row, Egyptian side)
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                   # G
 "southeast_ly": ("region", "LY", 24.0, 22.5, "South-eastern Libya"),                   # K
 # jt3 Zuwaylah / Tmassah
 "zuwaylah": ("town", "LY", 26.16188, 15.12522, "Zawilah"),                             # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G
 "tmassah_mun": ("district", "LY", 26.40000, 15.78333, "Tmassah municipality"),         # G* (town row)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "border_td": ("region", "LY", 22.8, 16.5, "Libya-Chad border (Libyan side, south of Tmassah)"),  # K
 "wau_kabir": ("village", "LY", 25.35000, 16.72000, "Wau al-Kabir"),                    # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),               # G* (Tobruk city row)
 "waw_namus": ("region", "LY", 24.92000, 17.77000, "Waw an Namus"),                     # G
 # jt4 Jufra / Al-Fuqaha
 "fuqaha": ("town", "LY", 27.83333, 16.35000, "Al-Fuqaha"),                             # G
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row, README: point near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "haruj": ("region", "LY", 27.25000, 17.50000, "Al Haruj"),                             # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 # jt5 Wadi al-Shati / Tamzawa
 "tamzawa": ("town", "LY", 27.57154, 14.20234, "Tamzawah"),                             # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "qirah": ("town", "LY", 27.58595, 14.35375, "Qirah"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                         # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),           # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
}

TRAPS = {
 "jt1": ["فواصل", "مفتاح الجرمي", "علي المرزقي", "النيجرية"],
 "jt2": ["المصري اليوم", "سبل السلام", "الجيش المصري", "الليبية", "دارفورية", "حسين الإدريسي", "مالي"],
 "jt3": ["سبوتنيك", "القيادة العامة للجيش الليبي", "تشاديين", "الزويلي"],
 "jt4": ["بي بي سي", "الجيش الوطني الليبي", "الوداني", "تنظيم الدولة الإسلامية", "القوة المشتركة", "زلة لسان"],
 "jt5": ["إيلاف", "محمد البراكي", "كتيبة شهداء الشاطئ", "الليبي"],
}

PHEN = {
 "jt1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "jt2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "border_phrase", "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "jt3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "jt4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "coverage_bases", "coverage_neighbours", "countries"],
 "jt5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"

MOVES = {
 "jt1": [
  mv("reinforce", "reported", LNA, ["مرزق"], ["تساوة"]),
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["مرزق"], ["غدوة"]),
  mv("withdraw", "reported", None, ["تساوة"], ["الحدود مع النيجر"]),
  mv("mobilise", "denied", None, [], ["قطرون"]),
  mv("deploy", "planned", LNA, [], ["تساوة"]),
  mv("advance", "conditional", LNA, ["سبها"], ["تجرهي", "منفذ التوم"]),
 ],
 "jt2": [
  mv("deploy", "reported", LNA, ["الكفرة"], ["بزيمة"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("deploy", "denied", "Egyptian army", ["شرق العوينات"], ["الحدود مع ليبيا"]),
  mv("advance", "planned", LNA, ["الكفرة"], ["جبل العوينات"]),
  mv("shipment", "reported", LNA, ["جالو"], ["الكفرة"]),
  mv("reinforce", "conditional", LNA, ["تازربو"], ["بزيمة"]),
 ],
 "jt3": [
  mv("reinforce", "reported", LNA, ["أم الأرانب"], ["زويلة"]),
  mv("withdraw", "reported", None, ["زويلة"], ["تمسة"]),
  mv("airlift", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["تمسة"]),
  mv("advance", "denied", "Chadian armed groups", ["الحدود مع تشاد"], ["تمسة"]),
  mv("naval_landing", "denied", "Russian forces", [], ["ميناء طبرق"]),
  mv("deploy", "planned", LNA, ["سبها"], ["الواو الكبير"]),
  mv("advance", "conditional", LNA, ["تمسة"], ["واو الناموس"]),
 ],
 "jt4": [
  mv("reinforce", "reported", LNA, ["قاعدة الجفرة الجوية"], ["الفقهاء"]),
  mv("withdraw", "reported", None, ["الفقهاء"], ["الهروج"]),
  mv("mobilise", "reported", None, [], ["الفقهاء"]),
  mv("advance", "denied", "Misrata forces", ["مصراتة"], ["الجفرة"]),
  mv("redeploy", "planned", LNA, ["ودان"], ["الفقهاء", "زلة"]),
  mv("airlift", "conditional", LNA, ["قاعدة الجفرة الجوية"], ["الهروج"]),
 ],
 "jt5": [
  mv("deploy", "reported", LNA, ["قاعدة براك الجوية"], ["تمزاوة"]),
  mv("withdraw", "reported", None, ["تمزاوة"], ["إدري"]),
  mv("redeploy", "reported", LNA, ["قيرة"], ["تمزاوة"]),
  mv("advance", "denied", None, ["أوباري"], ["إدري"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت الجوية"]),
  mv("deploy", "planned", LNA, ["قاعدة تمنهنت الجوية"], ["وادي الشاطئ"]),
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
  mv("shipment", "reported", "Russian forces", ["ميناء طبرق"], ["قاعدة براك الجوية"]),
  mv("advance", "conditional", LNA, ["تمزاوة"], ["ادري"]),
 ],
}

NOTES = {
 "jt1": "Fawasel live page on a clash at the Tsawa gate west of Murzuq: a company Murzuq→Tsawa; a column whose origin the "
        "14:40 update corrects from Sabha to Tamanhint air base (via Ghuddwa, to Murzuq); gunmen pulling back from the gate "
        "towards the Niger border; the Tebu council's denial of fighters moving Qatrun→Murzuq; a planned company at the "
        "Tsawa gate and a conditional Sabha→Tajarhi advance. Sabha is not an origin of the corrected column.",
 "jt2": "Al-Masry Al-Youm rolling updates on an attack on a fuel convoy near Bzima: a Subul al-Salam company Kufra→Bzima; "
        "a special-forces flight corrected at 14:40 from Benghazi→Tazirbu to Benina air base→Kufra airport (Tazirbu and "
        "Benghazi are not its places); an Egyptian source denies a move East Oweinat→the Libyan border; a planned patrol "
        "Kufra→Jebel Uweinat and a conditional company Tazirbu→Bzima.",
 "jt3": "Sputnik updates on a clash with smugglers east of Zawila: a company Umm al-Aranib→Zawila; the smugglers pull back "
        "Zawila→Tmassah; a helicopter lift corrected from a landing at Zawila to Tamanhint air base→Tmassah; Tmassah's "
        "mayor denies Chadian gunmen coming from the Chad border; a planned battalion Sabha→Wau al-Kabir and a "
        "conditional advance Tmassah→Waw an-Namus (لن … إلا إذا).",
 "jt4": "BBC Arabic live page on an attack on the Al-Fuqaha gate: an LNA company Jufra air base→Al-Fuqaha; attackers flee "
        "towards the Haruj; a correction that withdraws an earlier claim of Misrata forces moving to Jufra (denied by "
        "the Joint Force); a planned battalion Waddan→Al-Fuqaha and Zillah; a conditional helicopter lift Jufra air "
        "base→the Haruj. Hun and Sokna (school closures) and Misrata as the Joint Force's seat are not movement places.",
 "jt5": "Elaph live updates on fuel tankers seized near Tamzawa in Wadi al-Shati: armour Brak air base→Tamzawa; the "
        "gunmen pull back towards Idri; a company Qirah→Tamzawa; Ubari's Tuareg council denies fighters moving "
        "Ubari→Idri; a planned airlift Benina→Tamanhint air base and the onward road move to Wadi al-Shati; a "
        "conditional entry into Idri (spelled ادري). The seized tankers (Sabha→Wadi al-Shati) are civilian cargo.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("jt1", "jt2", "jt3", "jt4", "jt5")
BAR_IN_TEXT = True  # the headlines have a literal "|" (e.g. «مباشر |»)
