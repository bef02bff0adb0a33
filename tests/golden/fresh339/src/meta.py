# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and foreign cities
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                   # G (row الإمارات)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "dubai": ("city", "AE", 25.07725, 55.30927, "Dubai"),                                   # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                 # G
 # Ghadames and the corridor east of it
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),         # G* (town row)
 "ghadames_apt": ("airport", "LY", 30.15170, 9.71531, "Ghadames airport"),               # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                     # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawen"),                               # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                      # G
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "tripoint": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "border_dz": ("region", "LY", 29.95, 9.70, "Libya-Algeria border (Libyan side, near Ghadames)"),     # K
 "border_dzside": ("region", "DZ", 29.90, 9.40, "Algeria-Libya border (Algerian side, near Debdeb)"),  # K
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                    # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),     # G
 # bases, airports, ports
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                   # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                   # G* (row قاعدة بنينا الجوية)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                                # G
 "tripoli_port": ("crossing", "LY", 32.905, 13.190, "Port of Tripoli"),                  # K
 "misrata_port": ("crossing", "LY", 32.37, 15.21, "Port of Misrata (Qasr Ahmed)"),       # K
 "khums_port": ("crossing", "LY", 32.656, 14.275, "Port of Al Khums"),                   # K
 # Libyan cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 # Algeria
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                  # G
 "debdeb_crossing": ("crossing", "DZ", 30.03, 9.46, "Debdeb-Ghadames border crossing"),  # K
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G (row عين أميناس)
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                # G
 "hassi": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                           # G
 "illizi_wil": ("district", "DZ", 26.97285, 7.86520, "Illizi province"),                 # G
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),              # G
 # Tunisia
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                 # G
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                  # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                           # G
}

TRAPS = {
 "mc1": ["ليبيا الأحرار", "الجيش الوطني الليبي", "إبراهيم الغدامسي", "مدرج", "الجيش الوطني الشعبي", "الليبية",
         "الجزائري"],
 "mc2": ["الشرق الأوسط", "عماد الطرابلسي", "اللواء طارق بن زياد", "الجيش الوطني", "الليبية"],
 "mc3": ["قوة حماية غدامس", "مصطفى الدرجي", "الوطن الليبية", "الجيش الجزائري", "جزائرية", "الغدامسية"],
 "mc4": ["فرانس برس", "القيادة العامة للجيش الوطني الليبي", "اللواء 128", "لا أدري", "التونسية", "الليبية"],
 "mc5": ["المدرجة", "تندرج", "المجلس العسكري للزنتان", "التركية", "الليبية"],
}

PHEN = {
 "mc1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "mc2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "mc3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_oil", "coverage_crossings",
         "coverage_neighbours"],
 "mc4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
         "coverage_neighbours", "countries"],
 "mc5": ["multiword", "operation_trap", "common_word_trap", "nisba", "vague_area", "border_phrase",
         "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


DZ, GNA, LNA, TN, TR, ZIN = ("Algerian army", "GNA forces", "Libyan National Army", "Tunisian army",
                             "Turkish armed forces", "Zintan forces")

MOVES = {
 "mc1": [
  mv("reinforce", "reported", DZ, ["عين أمناس"], ["الدبداب"]),
  mv("reinforce", "planned", DZ, ["ورقلة"], ["الدبداب", "معبر الدبداب"], ["حاسي مسعود"]),
  mv("airlift", "reported", GNA, ["طرابلس"], ["مطار غدامس"]),
  mv("advance", "denied", LNA, ["قاعدة براك الجوية"], ["غدامس"], ["الحمادة الحمراء"]),
  mv("withdraw", "reported", None, ["مطار غدامس"], ["درج"]),
  mv("reinforce", "conditional", DZ, ["برج عمر إدريس"], ["الحدود مع ليبيا"]),
 ],
 "mc2": [
  mv("deploy", "reported", GNA, ["نالوت"], ["غدامس"], ["سيناون", "درج"]),
  mv("airlift", "planned", GNA, ["قاعدة معيتيقة"], ["مطار غدامس"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا"], ["قاعدة براك الجوية"]),
  mv("advance", "planned", LNA, ["الشويرف"], ["درج"]),
  mv("mobilise", "reported", None, [], ["غدامس"]),
  mv("advance", "conditional", LNA, [], ["غدامس"]),
  mv("withdraw", "denied", GNA, ["مطار غدامس"], ["نالوت"]),
 ],
 "mc3": [
  mv("deploy", "reported", None, ["غدامس"], ["مطار غدامس"]),
  mv("withdraw", "reported", None, ["مطار غدامس"], ["حقل الوفاء"]),
  mv("redeploy", "conditional", None, ["مطار غدامس"], ["غدامس"]),
  mv("naval_landing", "reported", GNA, ["ميناء مصراتة"], ["ميناء طرابلس"]),
  mv("shipment", "planned", GNA, ["ميناء طرابلس"], ["غدامس"], ["الزنتان", "نالوت"]),
  mv("advance", "denied", DZ, [], ["غدامس"], ["معبر الدبداب"]),
 ],
 "mc4": [
  mv("reinforce", "reported", TN, ["رمادة"], ["برج الخضراء"]),
  mv("reinforce", "conditional", TN, ["تطاوين"], ["برج الخضراء"]),
  mv("deploy", "reported", GNA, [], ["غدامس"]),
  mv("mobilise", "reported", LNA, [], ["الشويرف"]),
  mv("shipment", "planned", GNA, ["قاعدة الوطية"], ["درج"]),
  mv("advance", "denied", LNA, ["إدري"], ["درج"], ["الحمادة الحمراء"]),
  mv("deploy", "reported", DZ, [], ["الحدود مع ليبيا"], ["الدبداب"]),
 ],
 "mc5": [
  mv("airlift", "reported", GNA, ["قاعدة الوطية"], ["مطار غدامس"]),
  mv("withdraw", "conditional", GNA, ["غدامس"], ["نالوت"]),
  mv("naval_landing", "reported", TR, ["مرسين"], ["ميناء الخمس"]),
  mv("redeploy", "planned", LNA, ["الشويرف"], ["حقل الوفاء"]),
  mv("mobilise", "denied", ZIN, [], ["الزنتان"]),
 ],
}

NOTES = {
 "mc1": "Ennahar-style Algerian report (Algiers dateline): Algerian reinforcement In Amenas→Debdeb (reported) and a "
        "second column Ouargla→Debdeb/the Debdeb crossing via Hassi Messaoud (planned), a GNU cargo plane "
        "Tripoli→Ghadames airport (reported), the LNA's denied advance Brak air base→Ghadames across the Hamada, a "
        "Tuareg pull-back from the airport area to Derj (reported) and a conditional Bordj Omar Driss→border "
        "reinforcement. Ouargla as the HQ's seat, the Illizi province and the first border phrase are locators only.",
 "mc2": "Asharq Al-Awsat-style political piece (Cairo dateline): a GNU column Nalut→Ghadames via Sinawen and Derj "
        "(reported), a planned Interior airlift Mitiga base→Ghadames airport, LNA cargo planes Benina base→Brak air base "
        "(reported; headline «طائرات إلى براك» is the same move), a planned LNA advance Ash Shwayrif→Derj, Tuareg "
        "mobilisation in Ghadames (reported, actor null), the LNA's «لن ندخل غدامس إلا إذا» (conditional) and the "
        "GNU's denied pull-out Ghadames airport→Nalut.",
 "mc3": "Al-Watan Al-Libiya-style local report (Ghadames dateline): the Ghadames protection force moves from the town "
        "centre to the airport (reported), Tuareg gunmen pull back from the airport to the Wafa field (reported), a "
        "conditional redeploy airport→the town's eastern entrance, a GNU landing ship Misrata port→Tripoli port "
        "(reported) and the armour's planned overland move Tripoli port→Ghadames via Zintan and Nalut (shipment), "
        "and the mayor's denial of Algerian units entering via the Debdeb crossing.",
 "mc4": "Euronews Arabic-style wrap (no city dateline): Tunisian army Remada→Borj El Khadra (reported) and a "
        "conditional Tataouine→Borj El Khadra move, the GNU column's entry into Ghadames recalled (reported), LNA "
        "massing at Ash Shwayrif (reported), a planned GNU ammunition convoy Al-Watiya→Derj, the LNA's denied Brigade "
        "128 crossing Idri→Derj across the Hamada (with the trap «لا أدري»), and an Algerian column through Debdeb "
        "towards the border (reported by residents).",
 "mc5": "CNN Arabic-style explainer (Dubai dateline): a GNU airlift Al-Watiya→Ghadames airport (reported), the "
        "GNU's pull-out Ghadames→Nalut «بمجرد» a local force takes over (conditional), a Turkish landing ship "
        "Mersin→Al-Khums port (reported; Ankara denies only that its cargo is for Ghadames, so the landing stays "
        "reported and Ghadames is no movement place), a planned LNA redeploy Ash Shwayrif→the Wafa field, and "
        "Zintan's denied massing in Zintan. «المدرجة» and «تندرج» contain درج.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("mc1", "mc2", "mc3", "mc4", "mc5")
