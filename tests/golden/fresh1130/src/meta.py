# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                  # G
 # Libya: cities, towns, regions
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G (also written مصراته)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G (written بنغازى)
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "daraj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al-Aranib"),                     # G
 "west_libya": ("region", "LY", 30.79644, 14.18653, "Western Libya"),                   # G* (row إقليم طرابلس, written غرب ليبيا)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),    # G* (row الحدود الليبية النيجرية)
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libya side)"),   # G* (row الحدود الليبية الجزائرية)
 # Libya: ports, airports, bases, oil, crossings
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G (written ميناء بنغازى)
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G (row منفذ رأس جدير; written معبر رأس جدير, رأس الجدير, معبر رأس الجدير, رأس اجدير)
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),     # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 # Tunisia, Algeria, Niger, Chad
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G (written تونس العاصمة)
 "tunis_airport": ("airport", "TN", 36.85100, 10.22720, "Tunis Carthage International Airport"),  # G
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba Zarzis International Airport"),  # G (also written مطار جربة)
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "algiers_airport": ("airport", "DZ", 36.69100, 3.21541, "Houari Boumediene Airport"),  # G (written مطار هوارى بومدين)
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "niamey_airport": ("airport", "NE", 13.48150, 2.18361, "Diori Hamani International Airport"),  # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (row نجامينا, written أنجمينا)
 "ndjamena_airport": ("airport", "TD", 12.13370, 15.03400, "N'Djamena International Airport"),  # G (row مطار إنجامينا, written مطار أنجمينا)
 # Egypt, Morocco, Gulf, Europe, Turkey, Syria
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "tangier": ("city", "MA", 35.76727, -5.79975, "Tangier"),                              # G (row تنجه)
 "tetouan": ("city", "MA", 35.57845, -5.36837, "Tetouan"),                              # G
 "fnideq": ("town", "MA", 35.8497, -5.3569, "Fnideq"),                                  # K
 "casablanca": ("city", "MA", 33.58831, -7.61138, "Casablanca"),                        # G (row found by الدار البيضاء)
 "riyadh": ("city", "SA", 24.68773, 46.72185, "Riyadh"),                                # G (row رياض)
 "jeddah": ("city", "SA", 21.49012, 39.18624, "Jeddah"),                                # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G (row found by لندن)
 "valletta": ("city", "MT", 35.89968, 14.51480, "Valletta"),                            # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "aksaz": ("base", "TR", 36.83440, 28.39000, "Aksaz Naval Base"),                       # G
 "erkilet": ("base", "TR", 38.77040, 35.49540, "Kayseri Erkilet Air Base"),             # G* (airport row, kind base)
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
}

TRAPS = {
 "qqo1": ["الليبية", "المصرية", "الاتحاد المصرى للتأمين", "مصر للتأمين", "القوة المشتركة", "الجيش الوطنى الليبى",
          "السورية", "تركية", "روسية"],
 "qqo2": ["الخارجية السعودية", "تجربة", "علي الغدامسي", "الجيش الوطني الليبي", "حرس الحدود", "جزائري", "لغات",
          "المدرجة", "قناة ليبيا الأحرار"],
 "qqo3": ["المغربية", "بعد المغرب", "فاطمة التطواني", "ليبية", "التونسية", "التونسي", "الجيش التونسي", "إذاعة طنجة"],
 "qqo4": ["الخليج بوست", "النيجرية", "الحرس الوطني النيجري", "التشادية", "تشادي", "الجيش الوطني الليبي", "التركية",
          "المصرية", "الخليجية"],
 "qqo5": ["قناة السويس للتأمين", "المصرية", "زنتانية", "الجزائرى", "الجزائرية"],
}

PHEN = {
 "qqo1": ["clitics", "spelling", "multiword", "operation_trap", "nisba", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qqo2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qqo3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qqo4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital", "border_phrase",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qqo5": ["clitics", "spelling", "multiword", "operation_trap", "nisba", "ambiguity_country_capital", "vague_area",
          "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qqo1": [
  mv("deploy", "reported", "GNA forces", [], ["ميناء طرابلس"]),
  mv("deploy", "planned", "Misrata forces", [], ["ميناء مصراتة"]),
  mv("naval_landing", "conditional", "Turkish armed forces", ["قاعدة أكساز البحرية"], ["ميناء مصراتة"]),
  mv("shipment", "denied", "Russian forces", ["طرطوس"], ["ميناء بنغازى"]),
 ],
 "qqo2": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["غات"]),
  mv("withdraw", "denied", "Libyan National Army", ["مطار غات"], []),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["غدامس"]),
  mv("reinforce", "conditional", "Algerian army", [], ["الدبداب"]),
 ],
 "qqo3": [
  mv("reinforce", "reported", "GNA forces", ["طرابلس"], ["الزاوية"]),
  mv("advance", "denied", None, ["الزاوية"], ["العجيلات"]),
  mv("reinforce", "planned", "Tunisian army", [], ["بن قردان"]),
  mv("withdraw", "conditional", "GNA forces", ["رأس الجدير"], []),
 ],
 "qqo4": [
  mv("airlift", "reported", "Nigerien army", ["مطار نيامي"], ["مطار سبها"]),
  mv("deploy", "reported", "Libyan National Army", [], ["مطار سبها"]),
  mv("airlift", "conditional", "Chadian army", ["مطار أنجمينا"], ["سبها"]),
  mv("airlift", "planned", "Turkish armed forces", ["قاعدة إركيليت الجوية"], ["مطار مصراتة"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["أم الأرانب"]),
  mv("deploy", "denied", "Egyptian army", [], ["طرابلس"]),
 ],
 "qqo5": [
  mv("reinforce", "reported", "Zintan forces", ["الزنتان"], ["حقل الوفاء"]),
  mv("withdraw", "denied", "Zintan forces", ["حقل الوفاء"], ["نالوت"]),
  mv("redeploy", "planned", "GNA forces", ["قاعدة الوطية"], ["مطار غدامس"]),
  mv("airlift", "conditional", "Algerian army", ["مطار غدامس"], ["مطار هوارى بومدين"]),
 ],
}

NOTES = {
 "qqo1": "Egyptian financial daily (Almal News) insurance page on Lloyd's Joint War Committee listing Tripoli, Misrata "
         "and Benghazi ports: a bulleted list of points ships should avoid (Tripoli port, Misrata port, off Benghazi "
         "port, the Zawiya refinery terminal; not movements), GNA units deployed inside Tripoli port (reported), a "
         "Misrata joint-force company to be posted at Misrata port gates while a berth is closed (planned), a Turkish "
         "landing ship with marines Aksaz naval base→Misrata port only if a Turkish ship is attacked (conditional) and "
         "a Russian landing ship unloading armour at Benghazi port from Tartus denied by the LNA; Alexandria→Benghazi/"
         "Tripoli cargo, trucks through Sallum, shipping lines rerouted Tripoli port→Khoms port/Valletta, London "
         "(Lloyd's), Ankara and «طرابلس تقول» (government) are not movement places; مصر للتأمين holds مصر.",
 "qqo2": "Saudi men's magazine (Arrajol) travel guide to Ghadames: tourists' route Riyadh/Jeddah→Tunis→Djerba "
         "airport→Ras Ajdir→Tripoli→Ghadames airport (civilian), a list of areas to avoid (Sabha, Ubari–Ghat road, "
         "the border with Niger, Zawiya), LNA units Sabha→Ghat (reported), their denied pull-out from Ghat airport, a "
         "border-guard company Tripoli→Ghadames before the festival with the road to the Algerian border closed "
         "(planned) and an Algerian reinforcement at Debdeb only if infiltration occurs (conditional); تجربة holds "
         "جربة, لغات holds غات, المدرجة holds درج, علي الغدامسي holds غدامس.",
 "qqo3": "Moroccan regional site (Chamaly, Tangier) on the Moroccan embassy's security alert in Tripoli: a list of "
         "areas to avoid (Janzour–Zawiya road, Ajaylat and Sabratha after sunset, the road to Ras Ajdir), GNU "
         "reinforcements Tripoli→Zawiya (reported), a denied advance of armed groups from Zawiya towards Ajaylat "
         "(actor null), Tunisian army units to Ben Gardane during a planned closure of the crossing (planned) and "
         "the GNU interior-ministry force's conditional pull-out from Ras Ajdir (Zuwara/Zawiya only in the "
         "condition); Moroccan workers' bus Misrata→Ras Ajdir→Djerba airport→Casablanca and extra flights "
         "Tunis→Casablanca are civilian; «بعد المغرب» (after sunset) and المغربية hold المغرب.",
 "qqo4": "Gulf news site (Alkhaleej Post) round-up of embassy alerts: Kuwait and the UAE's travel bans, a Nigerien "
         "military transport Niamey airport→Sabha airport with National Guard troops (reported), LNA units deployed "
         "around Sabha airport (reported; «المطار» resolved to مطار سبها), Chad's conditional military flight "
         "N'Djamena airport→Sabha (Al Qatrun only in the condition), two Turkish A400Ms with special forces Erkilet "
         "air base→Misrata airport (planned) and Egypt's denied dispatch of special forces to Tripoli; the chartered "
         "plane to Niamey, commercial flights to Istanbul and Gulf embassies working from Tunis are not movements.",
 "qqo5": "Egyptian economic site (Elamwal) on kidnap-and-ransom and war-risk premiums for oil-service staff in "
         "western Libya: evacuation plans by road to Ras Ajdir and by air from Djerba/Tunis airports to Cairo, and "
         "60 staff already moved Zawiya refinery→Tripoli (civilian), a Zintani battalion's reinforcement Zintan→Al "
         "Wafa field (reported), its commander's denial of a pull-out field→Nalut, a planned GNU company Al Watiya "
         "base→Ghadames airport and an Algerian military airlift of Sonatrach staff Ghadames airport→Houari "
         "Boumediene airport only if the road to Debdeb is closed (conditional); Benghazi and Derna contracts are "
         "background; قناة السويس للتأمين is a company.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qqo1", "qqo2", "qqo3", "qqo4", "qqo5")
