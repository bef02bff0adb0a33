# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "togo": ("country", "TG", 8.63425, 1.01549, "Togo"),                                   # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 # qfb1 the Panel of Experts on Turkish forces and Syrian fighters (Al-Quds Al-Arabi, London)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "gaziantep_airport": ("airport", "TR", 36.94720, 37.47870, "Gaziantep International Airport"),  # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "north_syria": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                 # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "yarmouk": ("base", "LY", 32.88743, 13.18733, "Yarmouk Camp (Tripoli)"),               # G
 # qfb2 a ship from Tripoli (Lebanon) to Benghazi (Nidaa al-Watan, Beirut)
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                           # G
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                   # K
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 # qfb3 the Sudan Panel of Experts on RSF supply lines (Al-Sudani, Port Sudan)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra district"),             # G* (district row الكفرة)
 "tripoint": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                  # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 # qfb4 Human Rights Watch on Tarhuna and the Kaniyat (Monte Carlo Doualiya, Paris)
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "tarhuna_mun": ("district", "LY", 32.43501, 13.63320, "Tarhuna municipality"),         # G* (town row)
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "baniwalid_airport": ("airport", "LY", 31.73920, 13.95400, "Beni Walid Airport"),      # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "hague": ("city", "NL", 52.07667, 4.29861, "The Hague"),                               # G
 # qfb5 the SRSG's Security Council briefing on the south (Petra, New York)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "newyork": ("city", "US", 40.71427, -74.00597, "New York"),                            # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
}

TRAPS = {
 "qfb1": ["القدس العربي", "الجيش الوطني السوري", "وزارة الدفاع التركية", "الليبية", "الفيلق الأفريقي",
          "عماد الطرابلسي"],
 "qfb2": ["نداء الوطن", "نجمة صيدا", "الجيش الوطني الليبي", "وائل البقاعي", "الليبية"],
 "qfb3": ["الدعم السريع", "السوداني", "الليبية", "الجيش الوطني الليبي", "كتيبة سبل السلام", "الدعم المالي",
          "كامل إدريس", "الحكومة السودانية"],
 "qfb4": ["مونت كارلو الدولية", "الكانيات", "اللواء التاسع", "اللواء 444 قتال", "السنوات الخمس", "مالياً",
          "الليبية"],
 "qfb5": ["بترا", "اللواء طارق بن زياد", "تشادية", "الحكومة التشادية", "محمد إدريس ديبي", "روسية"],
}

PHEN = {
 "qfb1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "qfb2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qfb3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qfb4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "town_vs_district"],
 "qfb5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qfb1": [
  mv("airlift", "reported", "Syrian mercenaries", ["مطار غازي عنتاب"], ["مطار معيتيقة"]),
  mv("redeploy", "reported", "Turkish armed forces", ["قاعدة الوطية"], ["مصراته"]),
  mv("naval_landing", "reported", "Turkish armed forces", [], ["ميناء طرابلس"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("withdraw", "planned", "Syrian mercenaries", ["معسكر اليرموك"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["قاعدة الوطية"]),
 ],
 "qfb2": [
  mv("shipment", "reported", "Libyan National Army", ["مرفأ طرابلس"], ["ميناء بنغازي"]),
  mv("deploy", "reported", "Libyan National Army", ["بنغازي"], ["قاعدة براك الجوية"], ["الجفرة"]),
  mv("shipment", "denied", "Libyan National Army", ["مرفأ طرابلس"], ["ميناء طبرق"]),
  mv("redeploy", "planned", "Libyan National Army", ["براك"], ["سبها"]),
  mv("reinforce", "conditional", "Libyan National Army", [], ["الحدود مع تشاد"]),
 ],
 "qfb3": [
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["المالحة"], ["المثلث الحدودي"]),
  mv("redeploy", "reported", "Sudanese armed groups", ["الفاشر"], ["جبل العوينات"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["قاعدة معطن السارة"]),
  mv("redeploy", "planned", "Sudanese armed groups", ["نيالا"], ["المثلث الحدودي"]),
  mv("reinforce", "conditional", "Libyan National Army", [], ["كفرة"]),
 ],
 "qfb4": [
  mv("withdraw", "reported", "Libyan National Army", ["ترهونة"], ["بنى وليد"]),
  mv("advance", "reported", "GNA forces", [], ["ترهونة"]),
  mv("airlift", "reported", "Libyan National Army", ["مطار بني وليد"], ["مطار بنينا"]),
  mv("withdraw", "reported", "Libyan National Army", [], ["الشويرف"]),
  mv("deploy", "denied", "Libyan National Army", [], ["سرت"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["ترهونة"]),
  mv("withdraw", "conditional", "GNA forces", ["ترهونة"]),
 ],
 "qfb5": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["القطرون"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["أم الأرانب"]),
  mv("redeploy", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة الويغ"]),
  mv("deploy", "planned", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("advance", "conditional", "Libyan National Army", [], ["إدري"]),
 ],
}

NOTES = {
 "qfb1": "UN Panel of Experts final report retold from London: 14 flights Gaziantep airport→Mitiga airport with 1,900 "
         "Syrian fighters (Turkey and Tripoli only locate the airports), a Turkish air-defence unit Al-Watiya→the air "
         "college in Misrata (مصراته), 120 Turkish marines landed at Tripoli port, Ankara's denied landing of 300 at "
         "Khums port (the headline restates it), a planned return of 400 Syrians from the Yarmouk camp to Turkish soil "
         "(no named destination), a conditional Turkish pull-out from Al-Watiya (Jufra air base only locates the "
         "Russians in the condition); Ankara the speaker, northern Syria where they were recruited, Trabelsi a trap.",
 "qfb2": "Panel of Experts on a Togo-flagged ship Tripoli (Lebanon) port→Benghazi port carrying armour for the LNA, "
         "the armour Benghazi→Brak air base via Al-Jufra, the LNA's denied second shipment from the same port to Tobruk "
         "port, a planned transfer Brak→Sabha, a conditional reinforcement to the border with Chad; Tripoli (Lebanon) "
         "is the port manager's city, the manifest's «agricultural machinery to Misrata» is a paper destination, "
         "طرابلس الغرب is the Libyan capital (UNSMIL's seat).",
 "qfb3": "Sudan Panel of Experts: 11 RSF fuel/ammo convoys Kufra→Al Malha via the border triangle (North Darfur only "
         "locates Al Malha; Sarir field only the fuel's source), 600 RSF fighters El Fasher→Jebel Uweinat, the LNA's "
         "denied massing of Subul al-Salam at Maaten al-Sarra (Kufra district only where it operates), an RSF plan "
         "Nyala→the triangle, a conditional LNA reinforcement للكفرة if fighting nears the Libyan border (condition "
         "only); Benghazi the speaker's city, Port Sudan the dateline.",
 "qfb4": "HRW report from Paris on Tarhuna: the Kaniyat's withdrawal Tarhuna→Bani Walid (بنى وليد) on 5 June 2020, the "
         "GNA's entry into Tarhuna (the city), leaders flown Bani Walid airport→Benina airport, the rest overland to "
         "Ash Shwayrif (no origin written), the LNA's denied deployment in Sirte, a planned GNU force Tripoli→Tarhuna "
         "and the 444 Brigade's conditional pull-out from Tarhuna; Tunis (the researcher's office) and The Hague "
         "(the ICC) are no movement places.",
 "qfb5": "SRSG briefing from New York (Petra): an LNA column Sabha→Al Qatrun, Chadian groups massing near Umm al-Aranib "
         "(«150 km from the border with Niger» only a distance reference), Russia's denied transfer Jufra air base→Al "
         "Wigh air base, a planned LNA company Al Qatrun→the Toummo crossing, a conditional LNA advance on Idri (Wadi "
         "al-Shati only the venue of mediation); Fezzan and southern Libya vague areas, Algiers the venue of a meeting.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qfb1", "qfb2", "qfb3", "qfb4", "qfb5")
