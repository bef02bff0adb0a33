# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "jordan": ("country", "JO", 31.26963, 36.29991, "Jordan"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 # capitals, datelines and shared cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G* (row عمان, written عمّان)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 # qhv1 Zawiya and Al-Aziziyah (Al-Quds Al-Arabi)
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "aziziya_mun": ("district", "LY", 32.53194, 13.01750, "Al Aziziyah municipality"),     # G* (town row)
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                     # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Maya"),                                 # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Harsha"),                             # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G* (row صبراتة, written صبراته)
 # qhv2 Gharyan and Ash Shwayrif (Al-Anba)
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "gharyan_mun": ("district", "LY", 32.17222, 13.02028, "Gharyan municipality"),         # G* (town row)
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G (also written مزده)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                             # G
 "west_mountain": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G (region row)
 # qhv3 Sirte (Ammon News)
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G* (row أبوقرين, written أبو قرين)
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "sirte_port": ("crossing", "LY", 31.21500, 16.58500, "Port of Sirte"),                 # G
 "jufra": ("district", "LY", 29.14, 16.05, "Al Jufra"),                                 # K (point between Hun and Waddan)
 "gardabya_base": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),              # G
 # qhv4 Jufra (Akhbar Al-Khaleej)
 "zella": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                 # G
 "fuqaha": ("town", "LY", 27.83333, 16.35000, "Al Fuqaha"),                             # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "hun_mun": ("district", "LY", 29.12684, 15.94772, "Hun municipality"),                 # G* (town row)
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G* (row ودان, written ودّان)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 # qhv5 Kufra and the Uweinat triangle (Al-Sudani)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "sarra_base": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),          # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "se_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                  # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
}

TRAPS = {
 "qhv1": ["القدس العربي", "الليبية", "مالي", "عمران الزنتاني"],
 "qhv2": ["الأنباء", "الجيش الوطني الليبي", "إدريس الفيتوري", "الرايات البيضاء", "أيمن الغرياني"],
 "qhv3": ["عمون", "الأردني", "الجيش الوطني الليبي", "الطرابلسي", "المصراتية", "الهلال الأحمر", "المصراتيين",
          "الفيلق الأفريقي", "الأردنية"],
 "qhv4": ["أخبار الخليج", "الجيش الوطني الليبي", "الفيلق الأفريقي", "الخارجية التونسية", "عادل الإدريسي"],
 "qhv5": ["السوداني", "الليبية", "الجيش الوطني الليبي", "القوة المشتركة لحركات دارفور"],
}

PHEN = {
 "qhv1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "town_vs_district", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qhv2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases"],
 "qhv3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "qhv4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_neighbours", "countries"],
 "qhv5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qhv1": [
  mv("reinforce", "reported", "GNA forces", [], ["الحرشة"]),
  mv("deploy", "reported", "GNA forces", ["الزاوية"], ["العزيزية"], ["الماية"]),
  mv("deploy", "reported", "Zintan forces", ["بئر الغنم"], ["مصفاة الزاوية"]),
  mv("withdraw", "planned", "GNA forces", ["الحرشة"], ["الزاوية"]),
  mv("withdraw", "conditional", "Zintan forces", ["مصفاة الزاوية"], ["الزنتان"]),
  mv("naval_landing", "denied", "Misrata forces", ["مصراتة"], ["جنزور"]),
 ],
 "qhv2": [
  mv("deploy", "reported", "GNA forces", ["غريان"], ["الشويرف"], ["مزده"]),
  mv("deploy", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["الشويرف"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["بنغازي"]),
  mv("withdraw", "conditional", "GNA forces", ["الشويرف"], ["غريان"]),
  mv("mobilise", "denied", "Zintan forces", [], ["الرجبان"]),
  mv("shipment", "denied", "Zintan forces", ["الرجبان"], ["مزدة"]),
 ],
 "qhv3": [
  mv("deploy", "reported", "Misrata forces", ["مصراتة"], [], ["أبو قرين", "الوشكة"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء سرت"]),
  mv("redeploy", "planned", "Libyan National Army", ["سرت"], ["الجفرة"]),
  mv("withdraw", "conditional", "Russian forces", ["قاعدة القرضابية"]),
  mv("shipment", "denied", "Turkish armed forces", [], ["أبو قرين"]),
 ],
 "qhv4": [
  mv("advance", "reported", "Libyan National Army", ["هون"], ["الفقهاء"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["مطار بنينا"]),
  mv("reinforce", "planned", "Libyan National Army", [], ["ودّان"]),
  mv("withdraw", "conditional", "Libyan National Army", ["الفقهاء"]),
  mv("deploy", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["الفقهاء"]),
 ],
 "qhv5": [
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["مثلث العوينات"]),
  mv("deploy", "reported", "Sudanese armed groups", ["المالحة"]),
  mv("redeploy", "planned", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("advance", "conditional", "Libyan National Army", [], ["السودان"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["ربيانة"]),
 ],
}

NOTES = {
 "qhv1": "Zawiya–Aziziyah exchange: a GNA reinforcement of 40 vehicles to Al-Harsha a week earlier (the Zawiya refinery "
         "only a distance reference there, Ras Ajdir only the end of the closed road); a GNA escort convoy Zawiya→"
         "Al-Aziziyah via Al-Maya (the municipality seat only the handover spot); a Zintan force Bir al-Ghanam→the "
         "Zawiya refinery gate; a planned GNA pull-back Al-Harsha→Zawiya; Zintan's conditional return refinery→Zintan; "
         "Misrata denies a landing of fighters Misrata→Janzour beach (the first Misrata = the council). The Lebanese "
         "worker's trip Surman→Beirut via Tunis is civilian; Tripoli (Libya) is the dateline, Tripoli (Lebanon) his home.",
 "qhv2": "Gharyan–LNA exchange at Ash Shwayrif: a GNA convoy Gharyan→Shwayrif via Mizda (written مزده), an LNA convoy "
         "Al-Jufra air base→Shwayrif, a planned flight of the freed LNA men and escorts Jufra base→Benghazi, the "
         "Gharyan convoy's conditional return Shwayrif→Gharyan (the Sokna gate only the condition), and Zintan's "
         "denial of massing in Ar-Rujban and of an ammunition shipment Rujban→Mizda (Zintan = the council's seat, the "
         "Western Mountain only where its forces stayed). Cairo is the dateline.",
 "qhv3": "Sirte exchange with a Jordanian doctor: Misrata brigades' convoy from Misrata via Abu Qurayn and Al-Washka to "
         "the handover gate (Sirte only '50 km west of Sirte', not a destination), an LNA landing ship Benghazi port→"
         "Sirte port, a planned LNA battalion Sirte→Al-Jufra, Russian Africa Corps' conditional pull-out from Gardabya "
         "base, and a denied Turkish arms shipment to Abu Qurayn (Tripoli = the speaker). Es Sider, Amman, Cairo, "
         "Jordan and Libya are not movement places (kidnapping site, the doctor's civilian flight).",
 "qhv4": "Jufra hostage rescue: an LNA company advanced Hun→Al-Fuqaha (Zella only where the engineers were seized), an "
         "airlift of the freed and part of the company Jufra base→Benina airport, planned reinforcements to Waddan "
         "(written ودّان), a conditional pull-out from Al-Fuqaha (the Niger border only the gang's reach), and a "
         "denied Africa Corps move Jufra base→Al-Fuqaha. The engineers' flights to Tunis and Algiers are civilian.",
 "qhv5": "Kufra exchange at the Uweinat triangle: an LNA (Subul al-Salam) convoy Kufra→the Uweinat triangle, Darfur "
         "joint-force fighters arriving from Al-Malha (no destination named in that sentence), a planned company "
         "Kufra→Maaten al-Sarra base, a conditional advance into Sudan, and the RSF's denied massing near Rebiana "
         "('west of Kufra' is a distance reference). North Darfur, Port Sudan, south-east Libya, Kufra as refugee "
         "host and the Chad border are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qhv1", "qhv2", "qhv3", "qhv4", "qhv5")
