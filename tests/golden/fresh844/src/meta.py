# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "jordan": ("country", "JO", 31.26963, 36.29991, "Jordan"),                             # G
 # shared Fezzan places
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 # qfn1 Turkish engineers, Germa and the Sharara field (Akhbar Al-Khaleej)
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 # qfn2 the Lebanese engineer freed near Ghat (Al-Liwaa)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # qfn3 Sudanese drivers on the Kufra-Murzuq track (Al-Tayar)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (row خرطوم)
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G* (row قاعدة الويغ)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "zawila": ("town", "LY", 26.16188, 15.12522, "Zawilah"),                               # G
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 # qfn4 the Jordanian doctor of Idri (Al-Sabeel)
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                     # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "idri_mun": ("district", "LY", 27.44707, 13.05173, "Idri municipality"),               # G* (town row)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 # qfn5 the Algerian border after the traders' release (Ech-Chaab)
 "border_dz": ("region", "DZ", 25.0, 9.7, "Algeria-Libya border (Algerian side)"),      # K
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "boufarik": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),                    # G* (row قاعدة بوفاريك الجوية, kind airport)
 "tripoint": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "bordj": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),                        # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
}

TRAPS = {
 "qfn1": ["أخبار الخليج", "جيش الوطني الليبي", "اللواء طارق بن زياد", "مالي", "التركية", "الليبية", "جنوب إفريقي"],
 "qfn2": ["اللواء", "الطرابلسي", "جيش الوطني الليبي", "الليبية", "الجيش الجزائري", "الجزائرية", "لغات", "نيجرياً"],
 "qfn3": ["التيار", "الكتيبة 128", "جيش الوطني الليبي", "علي مرزوق", "تجمع قوى تحرير السودان", "السودانيين",
          "دارفورية", "الليبية"],
 "qfn4": ["السبيل", "جيش الوطني الليبي", "إدريس العلاقي", "الأردني", "الليبية", "زاوية"],
 "qfn5": ["الشعب", "الجيش الوطني الشعبي", "الجيش الوطني الليبي", "الجزائرية", "الهلال الأحمر"],
}

PHEN = {
 "qfn1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qfn2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qfn3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qfn4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_idri", "vague_area", "town_vs_district", "countries"],
 "qfn5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qfn1": [
  mv("advance", "reported", "Libyan National Army", ["سبها"], ["جرمة"]),
  mv("advance", "conditional", "Libyan National Army", [], ["العوينات"]),
  mv("reinforce", "reported", "Libyan National Army", [], ["حقل الشرارة"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا"], ["قاعدة تمنهنت الجوية"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء مصراتة"]),
  mv("naval_landing", "reported", "Turkish armed forces", [], ["ميناء الخمس"]),
 ],
 "qfn2": [
  mv("advance", "reported", "Libyan National Army", ["أوباري"], ["غات"]),
  mv("withdraw", "conditional", "Libyan National Army", ["غات"], ["أوباري"]),
  mv("redeploy", "planned", "Libyan National Army", ["غات"], ["منفذ إيسين"]),
  mv("reinforce", "reported", "Algerian army", ["جانت"], ["معبر تين الكوم"]),
  mv("advance", "denied", "Algerian army", [], ["غات"]),
 ],
 "qfn3": [
  mv("advance", "reported", "Libyan National Army", ["سبها"], ["تراغن"], ["أم الارانب"]),
  mv("reinforce", "conditional", "Libyan National Army", ["قاعدة الويغ"], ["القطرون"]),
  mv("shipment", "planned", "Libyan National Army", ["سبها"], ["مرزق"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["زويلة"]),
  mv("redeploy", "denied", "Sudanese armed groups", ["الكفرة"], ["مثلث العوينات"]),
 ],
 "qfn4": [
  mv("advance", "reported", "Libyan National Army", ["براك"], ["إدري"]),
  mv("advance", "reported", "Libyan National Army", ["إدري"], ["الحمادة الحمراء"]),
  mv("withdraw", "conditional", "Libyan National Army", ["إدري"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["إدري"]),
  mv("deploy", "planned", "Libyan National Army", [], ["بلدية إدري"]),
  mv("mobilise", "denied", "GNA forces", [], ["الشويرف"]),
 ],
 "qfn5": [
  mv("airlift", "reported", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار جانت"]),
  mv("deploy", "reported", "Algerian army", ["جانت"], ["الحدود مع ليبيا"]),
  mv("deploy", "reported", "Libyan National Army", ["غات"], ["منفذ إيسين"]),
  mv("redeploy", "planned", "Algerian army", ["برج عمر إدريس"], ["عين أميناس"]),
  mv("withdraw", "conditional", "Algerian army", [], ["جانت"]),
  mv("withdraw", "denied", "Libyan National Army", ["غات"], ["أوباري"]),
 ],
}

NOTES = {
 "qfn1": "Turkish engineers kidnapped at Ubari: an LNA unit Sabha→Germa (the farm '7 km east of the town' adds no "
         "place), a conditional advance towards Al-Awaynat (Ubari and Ghat only locate it), 12 vehicles sent to the "
         "Sharara field, a planned airlift Benina→Tamanhint air base (the south-west is only the purpose), Ankara's "
         "denial of a special-forces landing at Misrata port and its own reported landing of trainers at Khoms port; "
         "Sabha is the dateline as well as the origin; the kidnappers' flight south, Fezzan, Niger and Chad are not "
         "movement places; 'مالي' is 'financial'.",
 "qfn2": "Lebanese engineer freed near Ghat: an LNA force Ubari→Ghat (the hideout '40 km south-east of the city' adds "
         "no place), its conditional return Ghat→Ubari, a planned company from the city (Ghat) to the Isayen crossing, "
         "Algerian reinforcements Djanet→Tin Alkoum crossing and Algiers' denial that Algerian units crossed into Ghat. "
         "Beirut, Tunis (civilian flight), Tripoli of Lebanon (hometown), Tripoli/Benghazi (governments), Algeria "
         "(bordering), Lebanon and Libya are not movement places; 'لغات' is 'languages'.",
 "qfn3": "Sudanese drivers freed near Traghen: an LNA force Sabha→Traghen via Umm al-Aranib, a conditional "
         "reinforcement Al Wigh base→Al Qatrun (the border with Chad is only the condition), a planned fuel and "
         "ammunition convoy Sabha→Murzuq, a reported massing of Darfuri fighters in Zawila and a Sudanese group's "
         "denied transfer Kufra→the Uweinat triangle. The Kufra-Murzuq track, the drivers' ambulance ride to Sabha "
         "and Khartoum (dateline) are not movements; 'علي مرزوق' is a person.",
 "qfn4": "Jordanian doctor freed after a pursuit: an LNA force Brak→Idri, then Idri→the edge of Hamada al-Hamra, a "
         "conditional stay in Idri (withdraw), ammunition trucks Sabha→Idri ('إليها'), a planned company in Idri "
         "municipality (the second one 'on the road to Shwayrif' has no place of its own), and the GNA's denied massing "
         "in Al-Shwayrif. Amman (dateline), Tripoli (seat of the staff), Jordan, Wadi al-Shati and the south are not "
         "movement places; 'إدريس العلاقي' is a person, 'زاوية' is 'angle'.",
 "qfn5": "Algerian traders handed over at the border: an airlift Boufarik air base→Djanet airport, a detachment "
         "Djanet→the border with Libya (Tin Alkoum and the border triangle only bound its stretch), an LNA escort "
         "Ghat→Isayen crossing, a planned battalion Bordj Omar Driss→In Amenas, the detachment's conditional return "
         "to Djanet once Ghat is calm (Ghat only the condition), and the LNA's denied pull-out Ghat→Ubari. Algiers is the "
         "dateline; Al-Awaynat and El Feel only locate the kidnapping.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qfn1", "qfn2", "qfn3", "qfn4", "qfn5")
