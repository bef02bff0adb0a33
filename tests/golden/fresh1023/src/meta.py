# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                      # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "saudi": ("country", "SA", 24.24431, 44.66286, "Saudi Arabia"),                        # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # datelines and places abroad
 "ramallah": ("city", "PS", 31.9038, 35.2034, "Ramallah"),                              # K
 "gaza": ("city", "PS", 31.5017, 34.4668, "Gaza City"),                                 # K
 "aden": ("city", "YE", 12.77957, 45.03852, "Aden"),                                    # G
 "riyadh": ("city", "SA", 24.68773, 46.72185, "Riyadh"),                                # G (row رياض)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "izmir": ("city", "TR", 38.41273, 27.13838, "Izmir"),                                  # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                  # G
 "south_darfur": ("district", "SD", 10.95622, 24.44234, "South Darfur"),                # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                    # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "jabal_mohsen": ("district", "LB", 34.44400, 35.84600, "Jabal Mohsen"),                # G* (row town, README: Lebanese neighbourhoods are district)
 # Libya: centre and Sirte front
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_port": ("crossing", "LY", 31.21500, 16.58500, "Port of Sirte"),                 # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (row Hun; README: Jufra as area = point near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G (row أبوقرين)
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 # Libya: west
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "rayayina": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                        # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzur"),                               # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                     # G
 "west_libya": ("region", "LY", 31.0, 12.5, "Western Libya"),                           # K
 # Libya: south and south-west
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 # Libya: east and south-east
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),      # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "amsaad": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 "amsaad_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "border_eg_ly": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border"),            # G* (row الحدود الليبية المصرية, written الحدود المصرية الليبية)
}

TRAPS = {
 "qml1": ["كاشف", "ليبيا الحدث", "التركية", "التركي", "الليبية", "ذئب البحر", "الجيش الوطني الليبي",
          "غرفة عمليات تحرير سرت والجفرة", "خليفة حفتر", "السنوات الخمس"],
 "qml2": ["تيقّن", "الفيلق الأفريقي", "الروسية", "الليبية", "اللواء طارق بن زياد", "إدريس المبروك", "عوائد مالية"],
 "qml3": ["صدق", "قوات الدعم السريع", "سبل السلام", "سودان تربيون", "الأخبار السارة", "الليبية", "السوداني"],
 "qml4": ["هيئة مكافحة الإشاعات", "حسم 2020", "مساعد المتحدث", "مصرياً", "المصري", "المصرية", "الجيش الوطني الليبي",
          "ليبيا المستقبل", "عقيلة صالح", "الليبية"],
 "qml5": ["ميغافون", "قوة حماية طرابلس", "اللبنانية", "اللبناني", "لبنانية", "الليبية", "الزاوية اليسرى", "عماد الطرابلسي",
          "اللواء 444 قتال"],
}

PHEN = {
 "qml1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "coverage_bases", "countries"],
 "qml2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
 "qml3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "qml4": ["multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba", "vague_area",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qml5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qml1": [
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء سرت"]),
  mv("airlift", "denied", "Syrian mercenaries", ["تركيا"], ["مطار مصراتة"]),
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سرت"], ["ودان"]),
  mv("redeploy", "planned", "Libyan National Army", ["سرت"], ["قاعدة القرضابية"]),
  mv("advance", "conditional", "Misrata forces", ["أبو قرين"], ["سرت"]),
  mv("reinforce", "planned", "Misrata forces", ["مصراتة"], ["الوشكة"]),
 ],
 "qml2": [
  mv("airlift", "denied", "Russian forces", ["قاعدة براك الجوية"], ["باماكو"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["قاعدة براك الجوية"]),
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["براك"]),
  mv("deploy", "planned", "Libyan National Army", ["إدري"], ["براك"]),
  mv("reinforce", "conditional", "Russian forces", [], ["ليبيا"]),
 ],
 "qml3": [
  mv("advance", "denied", "Sudanese armed groups", ["مثلث العوينات"], ["الكفرة"]),
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("shipment", "reported", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["المالحة"]),
  mv("advance", "conditional", "Sudanese army", [], ["مثلث العوينات"]),
 ],
 "qml4": [
  mv("advance", "denied", "Egyptian army", [], ["طبرق"], ["منفذ امساعد"]),
  mv("deploy", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
  mv("deploy", "reported", "Libyan National Army", ["طبرق"], ["الجغبوب"]),
  mv("deploy", "planned", "Libyan National Army", [], ["امساعد"]),
  mv("advance", "conditional", "Egyptian army", [], ["ليبيا"]),
 ],
 "qml5": [
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["طرابلس"], ["العزيزية"]),
  mv("reinforce", "conditional", "Zintan forces", [], ["الرياينة"]),
  mv("mobilise", "reported", None, [], ["العزيزية"]),
  mv("withdraw", "reported", None, ["العزيزية"], ["بئر الغنم"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية"], ["جنزور"]),
  mv("redeploy", "planned", "GNA forces", ["ترهونة"], ["غريان"]),
 ],
}

NOTES = {
 "qml1": "Palestinian fact-check platform (Kashif) from Ramallah (dateline only): a clip of a «Turkish landing at Sirte "
         "port» rated misleading (2021 Turkish exercise off Izmir; Turkish ministry denial, the bare «في سرت» of the "
         "denial is the same move) and a photo of a «Syrian mercenary flight Turkey→Misrata airport» found false (both "
         "denied); a verified LNA column Jufra air base→Sirte via Waddan (reported), a planned LNA battalion Sirte→"
         "Gardabya base, Misrata forces' conditional advance Abu Qurayn→Sirte and a planned Misrata reinforcement "
         "Misrata→Al Washka; the road «بين ودان وسرت» where the clip was geolocated, the Sirte–Jufra line, Tripoli as "
         "government and the op-room name «غرفة عمليات تحرير سرت والجفرة» are not movement places.",
 "qml2": "Palestinian fact-check platform (Tayqan) from Gaza: a claimed Africa Corps airlift Brak air base→Bamako rated "
         "false (Dec 2024 photos from Khmeimim, Syria; Russian embassy denial), flight data showing Il-76s Al Khadim "
         "base→Brak air base (reported), a verified LNA column Sabha→Brak, a planned LNA company Idri→Brak (Wadi "
         "al-Shati only the area it will secure) and Moscow's conditional extra troops to Libya; «إدريس المبروك» "
         "holds إدري, «عوائد مالية» holds مالي; Fezzan, Southern Libya, Tripoli (embassy), Mali/Niger/Burkina Faso as "
         "transit goals in background are not movement places.",
 "qml3": "Yemeni fact-check platform (Sidq) from Aden: a clip of «RSF entering Kufra from the Uweinat triangle» rated "
         "false (Nyala market, South Darfur, 2023; Subul al-Salam denial), a verified LNA (Subul al-Salam) column "
         "Kufra→Maaten al-Sarra base, a planned cargo flight Benina air base→Kufra airport, RSF massing near Al Malha "
         "(satellite images, reported) and the Sudanese army's conditional advance on the Uweinat triangle; Kufra as "
         "a distance reference and a resident's home, the border with Sudan, Libya/Egypt/Sudan meeting at Uweinat "
         "are background; «الأخبار السارة» holds السارة.",
 "qml4": "Saudi Anti-Rumours Authority (هيئة مكافحة الإشاعات) from Riyadh: a claimed Egyptian crossing via the Amsaad "
         "crossing towards Tobruk rated a rumour (footage of the Hasm 2020 exercise near Sidi Barrani), a real Egyptian "
         "armoured move Marsa Matruh→Sallum (reported), an LNA battalion Tobruk→Jaghbub (reported), a planned LNA "
         "company to Amsaad and Egypt's conditional entry into Libya; the 2020 Sirte–Jufra red line, Cairo invited "
         "by Aguila Saleh, Saudi Arabia and the Egyptian–Libyan border are not movement places; «مساعد المتحدث» "
         "holds مساعد.",
 "qml5": "Lebanese site (Megaphone) from Beirut: a clip of «Zintan tanks entering Tripoli from Al-Aziziyah» found to "
         "be Jabal Mohsen in Tripoli, Lebanon, 2014 (Zintan council denial: no move Zintan→Tripoli via Al-Aziziyah), "
         "Zintan's conditional reinforcement of Ar-Rayayina, unidentified vehicles massing in Al-Aziziyah (reported, "
         "actor null), a verified GNU column Tripoli→Zawiya via Janzour and a planned 444 Brigade company Tarhuna→"
         "Gharyan; the Libyan and Lebanese Tripolis side by side, «عماد الطرابلسي» holds طرابلس, «الزاوية اليسرى» "
         "holds الزاوية; Zintan as the minister's origin and Western Libya are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
BAR_IN_TEXT = True  # headlines use a literal "|" after the outlet name («كاشف» | ...)
IDS = ("qml1", "qml2", "qml3", "qml4", "qml5")
