# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                     # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                    # G
 "mauritania": ("country", "MR", 21.01152, -11.48274, "Mauritania"),                        # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                   # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                          # G
 # Mali
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                    # G
 "bamako_airport": ("airport", "ML", 12.5335, -7.9499, "Bamako-Senou International Airport"),  # K
 "gao": ("city", "ML", 16.27167, -0.04472, "Gao"),                                          # G (row جاو; written غاو and جاو)
 "gao_airport": ("airport", "ML", 16.2484, -0.0055, "Gao Airport"),                         # K
 "kidal": ("town", "ML", 18.44345, 1.40921, "Kidal"),                                       # G (also written كِيدال)
 "tessalit": ("town", "ML", 20.20126, 1.01186, "Tessalit"),                                 # G* (row kind village)
 "aguelhok": ("town", "ML", 19.46139, 0.85889, "Aguelhok"),                                 # G
 "menaka": ("town", "ML", 15.91985, 2.39609, "Menaka"),                                     # G
 "timbuktu": ("town", "ML", 16.77348, -3.00742, "Timbuktu"),                                # G (row تمبكتو; also written تنبكتو)
 "timbuktu_airport": ("airport", "ML", 16.7305, -3.0075, "Timbuktu Airport"),               # K
 "tinzaouaten_ml": ("town", "ML", 19.96278, 2.88278, "Tinzaouaten (Mali)"),                 # G
 "lere": ("town", "ML", 15.7167, -4.9167, "Lere"),                                          # K
 "north_mali": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                       # G* (row شمال مالي, written الشمال المالي)
 "border_ml_dz": ("region", "ML", 21.87911, -0.25308, "Mali-Algeria border (Mali side)"),   # G* (row الحدود المالية الجزائرية)
 "border_ml_mr": ("region", "ML", 15.62, -5.30, "Mali-Mauritania border west of Lere (Mali side)"),  # K
 # Algeria
 "bbm": ("town", "DZ", 21.32500, 0.94611, "Bordj Badji Mokhtar"),                           # G
 "bbm_prov": ("district", "DZ", 21.32500, 0.94611, "Bordj Badji Mokhtar Province"),         # G* (town row as district)
 "bbm_airport": ("airport", "DZ", 21.3750, 0.9239, "Bordj Badji Mokhtar Airport"),          # K (written برج باجى مختار)
 "tinzaouatine_dz": ("town", "DZ", 19.95333, 2.96667, "Tin Zaouatine (Algeria)"),           # G
 "timiaouine": ("town", "DZ", 20.44080, 1.80551, "Timiaouine"),                             # G
 "reggane": ("town", "DZ", 26.71576, 0.17140, "Reggane"),                                   # G
 "adrar": ("city", "DZ", 27.8743, -0.2939, "Adrar"),                                        # K (gazetteer has only the province row)
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                           # G
 "tam_airport": ("airport", "DZ", 22.8115, 5.4511, "Tamanrasset Aguenar Airport"),          # K
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "border_dz_ml": ("region", "DZ", 22.09206, -0.15677, "Algeria-Mali border (Algeria side)"),  # G* (row الحدود الجزائرية المالية)
 # Libya
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                     # G
 "khadim_base": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                   # G (row قاعدة الخادم; written قاعدة الخادم الجوية)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                          # G
 "gardabya_base": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G (also bare القرضابية in qpz3's headline)
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                     # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                      # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),                   # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                      # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                 # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),                # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G (row جنوب ليبيا; also written الجنوب الليبي)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),   # G* (row الحدود الليبية النيجرية)
 # Niger, Burkina Faso
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                     # G
 "niamey_airport": ("airport", "NE", 13.48150, 2.18361, "Diori Hamani International Airport"),  # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                     # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                    # G
 "ouagadougou": ("city", "BF", 12.36566, -1.53388, "Ouagadougou"),                          # G
 # Mauritania
 "nouakchott": ("city", "MR", 18.08581, -15.97850, "Nouakchott"),                           # G
 "bassikounou": ("town", "MR", 15.8667, -5.9667, "Bassikounou"),                            # K
 "bassikounou_dept": ("district", "MR", 15.8667, -5.9667, "Bassikounou department (moughataa)"),  # K (its chief town)
 "nema": ("town", "MR", 16.6167, -7.2500, "Nema"),                                          # K
 "east_mr": ("region", "MR", 19.96443, -9.09760, "Eastern Mauritania"),                     # G* (row شرق موريتانيا, written الشرق الموريتاني)
 # elsewhere
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                        # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                    # G
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                           # G
}

TRAPS = {
 "qpz1": ["مالي أكتو", "القوات المسلحة المالية", "الفيلق الإفريقي", "الدولة الإسلامية في الساحل", "جبهة تحرير أزواد",
          "الضغط المالي", "روسية"],
 "qpz2": ["المؤشر", "للجيش الوطني الشعبي", "الجيش المالي", "الفيلق الإفريقي", "الروسي", "جبهة تحرير أزواد",
          "الشهيد باجي مختار", "الجانب المالي", "مالية", "جارتها الشمالية", "المجاورة"],
 "qpz3": ["آنا نيوز", "تحالف دول الساحل", "الروسية", "الفيلق الإفريقي", "النيجرية", "المالية", "سرت شائعات",
          "القيادة العامة للجيش الوطني الليبي", "إيفان غرين", "روسي"],
 "qpz4": ["أغشوركيت", "مالي-روسي", "الفيلق الإفريقي", "الروسي", "الجيش المالي", "المالية", "الجانب الموريتاني",
          "النعمة التي فقدناها", "ضابط مالي", "جماعة نصرة الإسلام والمسلمين", "الموريتانية", "السفيرَ المالي",
          "موريتانيون", "روسية"],
 "qpz5": ["ديارنا", "الفيلق الإفريقي", "الدولة الإسلامية", "الجيش المالي", "الجيش النيجري", "الجيش الوطني الليبي",
          "الليبية", "روسية", "تحالف دول الساحل"],
}

PHEN = {
 "qpz1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "qpz2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "qpz3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "coverage_bases", "coverage_crossings", "countries"],
 "qpz4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "qpz5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qpz1": [
  mv("redeploy", "reported", None, ["كيدال"], ["تساليت"], ["أغيلهوك"]),
  mv("mobilise", "reported", None, [], ["أغيلهوك"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["مطار غاو"]),
  mv("deploy", "planned", "Russian forces", ["جاو"], ["ميناكا"]),
  mv("withdraw", "denied", "Russian forces", ["تساليت"], ["غاو"]),
  mv("reinforce", "conditional", None, [], ["تينزاواتين"]),
 ],
 "qpz2": [
  mv("reinforce", "reported", "Algerian army", ["أدرار"], ["برج باجي مختار", "تيمياوين"], ["رقان"]),
  mv("airlift", "planned", "Algerian army", ["مطار تمنراست"], ["مطار برج باجى مختار"]),
  mv("withdraw", "conditional", "Algerian army", ["تين زواتين"], ["تمنراست"]),
  mv("withdraw", "denied", None, ["تينزاواتين"], ["تين زواتين"]),
  mv("advance", "reported", "Russian forces", ["كِيدال"], ["تينزاواتين"]),
 ],
 "qpz3": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["باماكو", "نيامي", "واغادوغو"],
     ["قاعدة الخادم الجوية"]),
  mv("airlift", "planned", "Russian forces", ["قاعدة براك الجوية"], ["مطار نيامي"]),
  mv("redeploy", "conditional", "Russian forces", ["باماكو"], ["جاو"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة القرضابية"], ["قاعدة الجفرة الجوية"]),
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
 ],
 "qpz4": [
  mv("deploy", "reported", "Russian forces", ["تنبكتو"], ["ليري"]),
  mv("reinforce", "reported", None, ["النعمة"], ["باسكنو"]),
  mv("airlift", "planned", "Russian forces", ["مطار باماكو"], ["مطار تمبكتو"]),
  mv("advance", "conditional", "Russian forces", ["ليري"], ["الحدود مع موريتانيا"]),
  mv("advance", "denied", "Russian forces", [], ["باسكنو"]),
 ],
 "qpz5": [
  mv("shipment", "reported", "Russian forces", ["قاعدة براك الجوية"], ["أغاديس"], ["القطرون", "منفذ التوم"]),
  mv("withdraw", "reported", "Russian forces", ["ميناكا"], ["غاو"]),
  mv("deploy", "planned", "Nigerien army", [], ["ديركو"]),
  mv("reinforce", "conditional", "Libyan National Army", ["سبها"], ["القطرون"]),
  mv("deploy", "denied", "Libyan National Army", ["القطرون"], ["الحدود مع النيجر"]),
 ],
}

NOTES = {
 "qpz1": "Malian news site (Mali Actu, rendered in Arabic) from Gao after an ambush south of Aguelhok: two Malian army "
         "companies Kidal→Tessalit via Aguelhok (redeploy, actor null), rebels massing around Aguelhok (mobilise, null), "
         "an Il-76 with Africa Corps troops Al-Jufra air base→Gao airport, a planned Russian move Gao (written جاو)→"
         "Menaka, a denied Russian pull-out Tessalit→Gao and a conditional Malian reinforcement to Tinzaouaten; the "
         "officer speaking in Kidal, Bamako's accusations against Algeria (written للجزائر), merchants' trucks between "
         "Gao and Kidal, the 2023 recapture of Kidal and Wagner's contract in Mali are not movements or movement places.",
 "qpz2": "Algerian daily (El Muashir) from Bordj Badji Mokhtar: an Algerian army column Adrar→Bordj Badji Mokhtar and "
         "Timiaouine via Reggane, a planned air bridge Tamanrasset airport→Bordj Badji Mokhtar airport (written برج باجى "
         "مختار), a conditional return of the units in Algerian Tin Zaouatine to Tamanrasset, a denied crossing of "
         "Azawad-front fighters from Malian Tinzaouaten to Algerian Tin Zaouatine (actor null) and an Africa Corps "
         "column with Malian units Kidal (written كِيدال)→Tinzaouaten; the border with Mali (purpose of the reinforcement), "
         "displaced families, Bamako's accusation, the statement from Algiers and the martyr Badji Mokhtar are not "
         "movement places.",
 "qpz3": "Russian agency (ANNA News, rendered in Arabic) from Moscow: about twenty flights Khmeimim→Bamako, Niamey and "
         "Ouagadougou via Al-Khadim air base, a planned flight Brak air base→Niamey airport, a conditional Africa Corps "
         "move Bamako→Gao (written جاو), a denied withdrawal Al-Qardabiya base→Al-Jufra air base and a landing ship "
         "unloading marines at Tobruk port; the humanitarian flight to Ouagadougou, Sirte and Al-Marj as reference "
         "points, Benghazi as partner, «سرت شائعات» (rumours spread) and the headline are not movements.",
 "qpz4": "Mauritanian site (Aghchorguit Info) on the eastern border: an Africa Corps column with Malian units "
         "Timbuktu (written تنبكتو)→Lere, Mauritanian reinforcements Nema→Bassikounou (actor null), a planned Russian "
         "flight Bamako airport→Timbuktu airport, the column's conditional advance Lere→the border with Mauritania "
         "and Bamako's denial that Russians entered Mauritania near Bassikounou; refugees reaching Bassikounou, the "
         "displacement towards Mauritania, «النعمة التي فقدناها» (the blessing, not Nema), the site's name أغشوركيت "
         "(also a Mauritanian town) and Nouakchott summoning the ambassador are not movements or movement places.",
 "qpz5": "Pan-Arab regional site (Diyaruna) on the Africa Corps' overland route: a Russian supply convoy Brak air base→"
         "Agadez via Al-Qatrun and the Toummo crossing, the Africa Corps' pull-back Menaka→Gao after an ambush, a planned "
         "Nigerien army company in Dirkou, a conditional LNA company Sabha→Al-Qatrun and the LNA's denied escort "
         "Al-Qatrun→the border with Niger; Niamey as the sources' seat, Washington and Moscow by metonymy, migrants' "
         "trucks Agadez→Sabha and Southern Libya / الجنوب الليبي as areas are not movements or movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qpz1", "qpz2", "qpz3", "qpz4", "qpz5")
