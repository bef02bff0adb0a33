# Metadata for fresh979 (qks1-qks5), written blind to the extractor.
# P: key -> (kind, country, lat, lon, name). Comment per row: G = gazetteer row (grep -F in data/gazetteer.csv);
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 # shared Libyan places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),               # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                          # G* (row لامبيدوسا, written لامبيدوزا)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 # qks1 Kufra desert, Sudanese refugees (Sawt al-Hamish)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row, kind district)
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "arkenu": ("region", "LY", 22.25000, 24.73000, "Jebel Arkenu"),                        # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "merowe": ("town", "SD", 18.48330, 31.81670, "Merowe"),                                # G
 "karb": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                           # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                      # G* (row أونيانقا كبير, written أونيانغا كبير)
 # qks2 Zarzis, Tunisian navy and the Libyan coast guard (Telvza TV)
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "zarzis_port": ("crossing", "TN", 33.4850, 11.1250, "Port of Zarzis"),                 # K
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),        # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "farwa": ("region", "LY", 33.10000, 11.73000, "Farwa Island"),                         # G
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn_ly": ("region", "TN", 33.10, 11.45, "Tunisia-Libya border (Tunisian side)"),  # K
 # qks3 Niger-Libya desert patrols, Algerian denial (El Mechouar Essiyassi)
 "inguezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                          # G* (row إن قزام, written عين قزام)
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                       # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "dirkou_airport": ("airport", "NE", 18.96870, 12.86870, "Dirkou Airport"),             # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "niamey_airport": ("airport", "NE", 13.48150, 2.18361, "Diori Hamani International Airport"),  # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "agadez_region": ("district", "NE", 19.42135, 10.68918, "Agadez Region"),              # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                          # G
 # qks4 Chad, Tibesti and the Libyan border (Gerasa News)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "border_td_ly": ("region", "TD", 22.5, 17.2, "Chad-Libya border (Chadian side)"),      # K
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G* (row كوري بوقودي, written كوري بوغودي)
 "adji": ("base", "TD", 12.13370, 15.03400, "Adji Kossei Air Base"),                    # G
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya-Largeau Airport"),         # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                 # G
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                                # G
 "aozou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                  # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "north_chad": ("region", "TD", 19.5, 18.5, "Northern Chad"),                           # K
 # qks5 Moroccan families, Zuwara coast (Kech24)
 "kelaa": ("town", "MA", 32.0581, -7.4103, "El Kelaa des Sraghna"),                     # K
 "fkih": ("town", "MA", 32.5020, -6.6916, "Fquih Ben Salah"),                           # K
 "marrakech": ("city", "MA", 31.6295, -7.9811, "Marrakesh"),                            # K
 "casablanca": ("city", "MA", 33.58831, -7.61138, "Casablanca"),                        # G (row name_ar أنفا, matched on الدار البيضاء)
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),           # G* (town row, kind district)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
}

TRAPS = {
 "qks1": ["صوت الهامش", "الليبي", "إدريس عبد الرحيم الكفراوي", "الكفراوي", "المنطقة العسكرية الكفرة",
          "الدعم السريع", "السوداني", "التشادية"],
 "qks2": ["تلفزة تي في", "الليبية", "التونسية", "الشاطئ", "الخافرة «طبرقة»", "محمد الجربي", "حديقة إفريقيا"],
 "qks3": ["المشوار السياسي", "وكالة الأنباء النيجرية", "النيجرية", "كتيبة شهداء أم الأرانب", "عمر المرزوقي",
          "الجيش الوطني الشعبي", "الجزائرية", "تشادية", "الليبي"],
 "qks4": ["جراسا نيوز", "فرانس برس", "محمد إدريس ديبي", "التشادي", "التشادية", "الليبي",
          "جبهة التناوب والوفاق في تشاد"],
 "qks5": ["كش24", "الحسين المراكشي", "يردّ له الجميل", "من هذه الزاوية", "المغربية", "الإيطالية", "الزنتانية"],
}

PHEN = {
 "qks1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qks2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "town_vs_district",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qks3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qks4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "qks5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "town_vs_district", "coverage_oil", "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qks1": [
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["جبل العوينات"], ["جبل أركنو"]),
  mv("shipment", "reported", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("withdraw", "denied", "Libyan National Army", ["معطن السارة"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["المثلث الحدودي"]),
  mv("deploy", "planned", "Sudanese army", ["مروي"], ["كرب التوم"]),
  mv("reinforce", "conditional", "Chadian army", ["فايا لارجو"], ["أونيانغا كبير"]),
 ],
 "qks2": [
  mv("reinforce", "reported", "Tunisian army", ["صفاقس"], ["ميناء جرجيس"]),
  mv("withdraw", "conditional", "Tunisian army", ["ميناء جرجيس"]),
  mv("redeploy", "planned", "Tunisian army", ["قابس"], ["بن قردان"]),
  mv("deploy", "reported", "GNA forces", ["ميناء طرابلس"], ["أبو كماش"]),
  mv("naval_landing", "reported", "GNA forces", ["ميناء زوارة"], ["جزيرة فروة"]),
  mv("advance", "denied", None, [], ["جربة"]),
 ],
 "qks3": [
  mv("deploy", "reported", "Nigerien army", ["ديركو"], ["ماداما"], ["سيغيدين"]),
  mv("airlift", "planned", "Nigerien army", ["مطار نيامي"], ["مطار ديركو"]),
  mv("redeploy", "planned", "Nigerien army", ["أغاديس"], ["ديركو"]),
  mv("deploy", "reported", "Libyan National Army", ["القطرون"], ["منفذ التوم"], ["قاعدة الويغ"]),
  mv("shipment", "reported", "Libyan National Army", ["مرزق"], ["القطرون"]),
  mv("reinforce", "conditional", "Libyan National Army", ["سبها"], ["قطرون"]),
  mv("deploy", "denied", "Algerian army", ["تمنراست"], ["عين قزام"]),
 ],
 "qks4": [
  mv("airlift", "reported", "Chadian army", ["قاعدة أدجي كوسي الجوية"], ["مطار فايا لارجو"]),
  mv("deploy", "reported", "Chadian army", ["فايا لارجو"], ["زوار", "وور"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["كوري بوغودي"]),
  mv("advance", "conditional", "Chadian armed groups", ["كوري بوغودي"], ["برداي"]),
  mv("withdraw", "denied", "Chadian army", ["أوزو"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة الويغ"], ["الحدود مع تشاد"]),
 ],
 "qks5": [
  mv("naval_landing", "reported", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("deploy", "reported", "GNA forces", ["ميناء زوارة"], ["مجمع مليتة", "أبو كماش"]),
  mv("redeploy", "planned", "GNA forces", ["الزاوية"], ["صبراتة"]),
  mv("advance", "conditional", "Zintan forces", ["الجميل"], ["العجيلات"]),
  mv("reinforce", "denied", "Misrata forces", ["مصراتة"], ["زوارة"]),
 ],
}

NOTES = {
 "qks1": "Sudanese site's report from Kufra on 21 Sudanese refugees found dead in the desert (Kufra only a distance "
         "reference there; El Fasher, North Darfur, Al-Malha and the border triangle are the refugees' route, not a "
         "force move): two LNA patrols Kufra→Jebel Uweinat via Jebel Arkenu, a fuel-water-ammunition convoy "
         "Kufra→Maaten al-Sarra base, a denied pull-out from Maaten al-Sarra, RSF massing in the border triangle "
         "reported by the Sudanese army spokesman in Port Sudan (venue only), a planned Sudanese army force "
         "Merowe→Karb al-Tom and a conditional Chadian reinforcement Faya-Largeau→Ounianga Kebir (N'Djamena only "
         "the source); the aid official 'إدريس عبد الرحيم الكفراوي' and the LNA command 'المنطقة العسكرية الكفرة' are traps.",
 "qks2": "Tunisian TV from Zarzis on 17 bodies recovered after a boat from west of Zuwara sank (migrants' departure, "
         "not a force move; Medenine only the court spokesman): the navy's patrol ship (named after Tabarka, a trap) "
         "Sfax→Zarzis port, a conditional stay/withdrawal from Zarzis port, a planned army company Gabes→Ben Gardane, "
         "Libyan coast-guard boats Tripoli port→Abu Kammash, a coast-guard landing Zuwara port→Farwa island, and a "
         "denied incursion of unnamed Libyan military boats near Djerba (actor null); an IOM team from the capital "
         "Tunis is civilian; Mellitah, Sabratha, Lampedusa and Ras Jedir 'on the border with Libya' (border phrase, Tunisian "
         "side) are background.",
 "qks3": "Algerian daily's desk story on 34 migrants found dead north of Seguedine (the truck bound for Al-Qatrun is the "
         "smugglers', not a force move): a Nigerien unit Dirkou→Madama via Seguedine, a planned airlift Niamey "
         "airport→Dirkou airport, a planned battalion Agadez→Dirkou, LNA patrols Al-Qatrun→Toummo crossing via Al "
         "Wigh base, a fuel-ammunition shipment Murzuq→Al-Qatrun (anaphora 'البلدة'), a conditional reinforcement "
         "Sabha→Qatrun (spelled without al-), and an Algerian army move Tamanrasset→In Guezzam (spelled عين قزام) "
         "denied in Algiers; Niger after 'لإبعاد المهاجرين نحو' is a purpose, not a destination.",
 "qks4": "Jordanian site's wire story from N'Djamena: an airlift Adji Kossei air base→Faya-Largeau airport, a column "
         "Faya-Largeau→Zouar and Wour, CCMSR rebels massing at Kouri Bougoudi (spelled بوغودي) and threatening to "
         "advance on Bardai if shelled, a denied Chadian pull-out from Aozou, and a planned LNA company Al Wigh "
         "base→the border with Chad (Al-Qatrun only the source; Tibesti, Kouri Bougoudi in the lede and Tajarhi only where "
         "bodies were found; the lede's 'تعزيزات إلى شمال البلاد' is the same move, no place); the president's "
         "name contains 'إدري', FACT's name contains Chad, AFP's Arabic name contains 'فرانس'.",
 "qks5": "Moroccan site from Marrakesh on Moroccan victims washed ashore at Zuwara (the brother's flight Casablanca→"
         "Benghazi and trip to Zuwara, spelled زواره, are a migrant's journey, not a force move): GNA marines landed "
         "at Zuwara port from Tripoli port, units of them deployed around Mellitah and Abu Kammash, a planned SSA "
         "column Zawiya→Sabratha, a conditional Zintan advance Al-Jumayl→Al-Ajaylat (Zintan only the commander's "
         "town; the brigades are 'الزنتانية', a nisba trap) and a denied Misrata reinforcement to Zuwara; 'يردّ له الجميل' "
         "and 'من هذه الزاوية' are common-word traps.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qks1", "qks2", "qks3", "qks4", "qks5")
