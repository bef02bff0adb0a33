# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # Sabha and its neighbourhoods (the gazetteer rows of the quarters carry the city point; kind district as for
 # the Lebanese neighbourhoods in tests/golden/README.md)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),             # G* (city row)
 "sabha_dist": ("district", "LY", 27.03149, 15.06865, "Sabha district"),                # G
 "tuyuri": ("district", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),                # G* (row الطيوري, kind town)
 "manshiya": ("district", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),             # G* (row المنشية, kind town)
 "mahdiya": ("district", "LY", 27.03766, 14.42832, "Al Mahdiya (Sabha)"),               # G* (row المهدية LY, kind town)
 "qurdha": ("district", "LY", 27.03766, 14.42832, "Al Qurda (Sabha)"),                  # G* (row القرضة, kind town)
 "hajara": ("district", "LY", 27.03766, 14.42832, "Hajara (Sabha)"),                    # G* (row حجارة, kind town)
 "abdulkafi": ("district", "LY", 27.03766, 14.42832, "Abdulkafi (Sabha)"),              # G* (row عبد الكافي, kind town)
 "sukra": ("district", "LY", 27.03766, 14.42832, "Sukra (Sabha)"),                      # G* (row سكرة LY, kind town)
 "jadid": ("district", "LY", 27.05000, 14.40000, "Al Jadid (Sabha)"),                   # G* (row الجديد LY, kind city)
 "sabha_castle": ("base", "LY", 27.03766, 14.42832, "Sabha Castle (Fort Elena)"),       # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 # Fezzan and the south
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G* (row منفذ التوم)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "southwest": ("region", "LY", 26.50, 12.50, "South-west Libya"),                       # K
 # Jufra and the roads north
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row, README point near Hun)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G* (row قاعدة الجفرة الجوية)
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 # the coast
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "sirte_port": ("crossing", "LY", 31.21500, 16.58500, "Port of Sirte"),                 # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 # abroad
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tabbaneh": ("district", "LB", 34.44300, 35.84000, "Bab al-Tabbaneh"),                 # G* (row باب التبانة, kind town)
 "jabalmohsen": ("district", "LB", 34.44400, 35.84600, "Jabal Mohsen"),                 # G* (row جبل محسن, kind town)
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
}

TRAPS = {
 "qgx1": ["الجيش الوطني الليبي", "طارق بن زياد", "الشرق الأوسط", "الليبية"],
 "qgx2": ["القدس العربي", "الجيش الوطني", "التشادية", "التشاديين", "التركية", "الليبي", "إدريس الفيتوري",
          "اللبنانية"],
 "qgx3": ["وكالة السحابة الليبية للأنباء", "المنطقة العسكرية سبها", "السودانية", "ربيعة الإدريسي",
          "العام الدراسي الجديد"],
 "qgx4": ["قناة المسار", "الفيلق الإفريقي", "الروسي", "سالم البراكي", "بوابة الوسط"],
 "qgx5": ["مونت كارلو الدولية", "تشاديون", "التشاديين", "الهلال الأحمر الليبي"],
}

PHEN = {
 "qgx1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qgx2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "border_phrase", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qgx3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases"],
 "qgx4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_oil"],
 "qgx5": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qgx1": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["الطيوري", "المنشية"]),
  mv("withdraw", "reported", None, ["المنشية"], ["الطيوري"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء طبرق"], ["ميناء سرت"]),
  mv("reinforce", "planned", "Libyan National Army", ["ميناء سرت"], ["سبها"], ["الجفرة"]),
  mv("advance", "conditional", "Libyan National Army", ["براك الشاطئ"], ["سبها"]),
  mv("withdraw", "denied", "Libyan National Army", ["مطار سبها"]),
 ],
 "qgx2": [
  mv("advance", "reported", "Chadian armed groups", ["القرضة"], ["المهدية"]),
  mv("deploy", "reported", "Libyan National Army", ["حجارة"], ["مهدية"]),
  mv("withdraw", "conditional", "Chadian armed groups", ["القرضة"], ["ام الارانب"]),
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["مطار سبها"]),
  mv("advance", "denied", "Misrata forces", ["مصراتة"], ["سبها"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء الخمس"]),
 ],
 "qgx3": [
  mv("redeploy", "reported", "Libyan National Army", ["قلعة سبها"], ["عبد الكافي", "القرضه"]),
  mv("mobilise", "reported", None, [], ["الطيوري"]),
  mv("shipment", "planned", "Libyan National Army", ["بنغازي"], ["سبها"], ["هون"]),
  mv("withdraw", "conditional", "Libyan National Army", ["المنشية"]),
  mv("reinforce", "denied", "Sudanese armed groups", ["الكفرة"], ["المهدية"]),
 ],
 "qgx4": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["سبها"], ["قاعدة الجفرة الجوية", "سوكنة"]),
  mv("deploy", "planned", "Libyan National Army", ["قاعدة تمنهنت"], ["المنشية", "القرضة"]),
  mv("redeploy", "reported", "Libyan National Army", ["مطار سبها"], ["الطيوري"]),
  mv("mobilise", "conditional", None, [], ["القرضة"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الجفرة"], ["قاعدة تمنهنت"]),
 ],
 "qgx5": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["مطار سبها"]),
  mv("withdraw", "reported", "Chadian armed groups", ["الطيوري"], ["القطرون"]),
  mv("redeploy", "planned", "Libyan National Army", ["سبها"], ["منفذ التوم"]),
  mv("redeploy", "conditional", "Libyan National Army", ["حقل الشرارة"], ["المهدية"]),
  mv("shipment", "denied", None, ["أوباري"], ["المهدية"]),
 ],
}

NOTES = {
 "qgx1": "Asharq Al-Awsat, Benghazi: an LNA (Tariq bin Ziyad) separation force Tamanhint air base→Al-Tuyuri and "
         "Al-Manshiya; Al-Tuyuri gunmen pull back from the Al-Manshiya roundabout into their quarter (actor null: a "
         "local group); a landing ship Tobruk port→Sirte port, the battalion then planned Sirte port→Sabha via Al-Jufra; "
         "brigade 128 in Brak al-Shati conditional advance to the city (=Sabha); a denied pull-out from Sabha airport. "
         "Benghazi (dateline), Tripoli (seat of the government) and Algeria (statement) are not movement places.",
 "qgx2": "Al-Quds Al-Arabi, Tripoli: gunmen with Chadian fighters advance Al-Qurdha→Al-Mahdiya; battalion 116 "
         "Hajara→Al-Mahdiya; the Chadians would leave the quarter (=Al-Qurdha) for Umm al-Aranib on a condition; a "
         "planned GNA police airlift Mitiga→Sabha airport; a denied Misrata column →Sabha and a denied Turkish landing at "
         "Khoms port. Tripoli (dateline, venue, headline metonym), the Chad border (gold mines), Tripoli of Lebanon, Bab "
         "al-Tabbaneh and Jabal Mohsen (analyst's comparison), Al-Jadid and Sukra (displaced families) are not movement "
         "places.",
 "qgx3": "Libyan Cloud News Agency, Sabha: the Sabha Military Zone (trap name) redeploys two companies Sabha castle→"
         "Abdulkafi roundabout and Al-Qurdha; an Al-Tuyuri group masses 20 vehicles in its quarter (actor null); a "
         "planned armour shipment Benghazi→Sabha via Hun; the force will not leave Al-Manshiya until suspects are handed "
         "over (conditional); JEM denies fighters Kufra→Al-Mahdiya. Families fleeing to Al-Jadid, Brak and Idri in Wadi "
         "al-Shati are civilians, not movements.",
 "qgx4": "Al-Masar TV, Hun: an LNA brigade-106 column Benghazi→Sabha via the Jufra air base and Sokna; its planned "
         "deployment from Tamanhint base to Al-Manshiya and Al-Qurdha; the force redeployed yesterday Sabha airport→"
         "Al-Tuyuri; Al-Qurdha youths would mass at the entrances of Al-Qurdha if the column enters first (actor null); "
         "a denied Africa Corps airlift Jufra base→Tamanhint base. Hun is only the dateline; Sharara and the south-west "
         "are background.",
 "qgx5": "Monte Carlo Doualiya, Paris: an LNA airlift Benina base→Sabha airport; Chadian fighters leave Al-Tuyuri for "
         "Al-Qatrun; a planned company Sabha→Toummo crossing (the Niger border only locates the crossing); a Sharara "
         "guard battalion to Al-Mahdiya if fighting resumes; Al-Mahdiya elders deny an arms shipment Ubari→Al-Mahdiya "
         "(actor null). Paris, Tunis, Tunisia, Tripoli (wounded evacuated) and the displaced families are not movement "
         "places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qgx1", "qgx2", "qgx3", "qgx4", "qgx5")
