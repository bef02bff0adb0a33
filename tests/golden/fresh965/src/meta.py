# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "greece": ("country", "GR", 39.07170, 21.95170, "Greece"),                              # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                            # G
 # shared
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                        # G
 # qke1 IOM, western Libya (Africa Press, Tripoli)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                              # G
 "jumayl_mun": ("district", "LY", 32.85286, 12.06120, "Al Jumayl municipality"),         # G* (town row)
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                              # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                 # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),     # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                  # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                             # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                        # G
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),                # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                            # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                        # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G* (row منفذ رأس جدير)
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                      # G
 # qke2 WFP, Niger (Alhassad, Niamey)
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                 # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                  # G (row أغاديس)
 "tenere": ("region", "NE", 17.58330, 10.91670, "Tenere desert"),                        # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                     # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                 # G
 "border_ne": ("region", "NE", 22.40, 14.00, "Niger-Libya border (Niger side)"),         # K
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                        # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                        # G
 # qke3 UNHCR, Sudanese refugees (Zawia Thalitha, Cairo)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                              # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                # G
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                             # K
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                 # G
 "dabbah": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                              # G (row الدبه)
 "east_uweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                     # G* (row مطار شرق العوينات)
 "argeen": ("crossing", "SD", 22.00000, 31.25000, "Argeen land port"),                   # G
 "aswan": ("city", "EG", 24.09082, 32.89942, "Aswan"),                                   # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),              # G* (town row)
 # qke4 UNHCR, Chad (Al-Mohaqiq, N'Djamena)
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                       # G (row أونيانقا كبير)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                            # G
 "fada": ("town", "TD", 17.19186, 21.58081, "Fada"),                                     # G
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                 # G
 "adre": ("town", "TD", 13.46648, 22.19875, "Adre"),                                     # G
 "east_td": ("region", "TD", 15.37168, 20.30227, "Eastern Chad"),                        # G
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya-Largeau Airport"),          # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                             # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),   # G* (row الحدود الليبية التشادية)
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                           # G
 "geneina": ("city", "SD", 13.45262, 22.44725, "Geneina"),                               # G
 # qke5 IOM/UNHCR, boats from Tobruk (Houna Loubnan, Beirut)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                 # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),       # G
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                               # G* (row حلبا, Halba (Akkar))
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                  # G
 "gavdos": ("region", "GR", 34.83333, 24.08333, "Gavdos"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "bey_airport": ("airport", "LB", 33.8209, 35.4884, "Beirut-Rafic Hariri International Airport"),  # K
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                   # G
 "kambut": ("town", "LY", 31.90434, 24.47840, "Kambut"),                                 # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                # G
 "bomba": ("region", "LY", 32.40000, 23.10000, "Gulf of Bomba"),                         # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),      # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G* (row قاعدة بنينا الجوية)
 "tobruk_airport": ("airport", "LY", 31.86100, 23.90700, "Tobruk Gamal Abdel Nasser Airport"),  # G
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                 # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya"),                       # G* (row برقة, Cyrenaica)
}

TRAPS = {
 "qke1": ["منطقة الساحل الغربي العسكرية", "أفريقيا برس", "الليبية", "أحمد الطرابلسي", "رد الجميل", "التونسية",
          "وكالة تونس إفريقيا للأنباء"],
 "qke2": ["النيجري", "الحصاد", "عجز مالي", "إدريسا مامادو", "الجيش الوطني الليبي", "نيجرية", "التشاديين",
          "التشادية", "الهلال الأحمر الجزائري"],
 "qke3": ["السودانيين", "زاوية ثالثة", "سوداني", "سبل السلام", "الليبي", "حنان الأسواني",
          "الأنباء السارة", "الدعم السريع", "الجيش السوداني", "مصري"],
 "qke4": ["التشادي", "المحقق", "سودانيون", "تشادية", "الجيش الوطني الليبي", "بركة الكفراوي", "سودانية",
          "الدعم السريع"],
 "qke5": ["لبنانياً", "الليبي", "هنا لبنان", "اليونانية", "اللواء طارق بن زياد", "مصريين", "الليبية",
          "اللبناني"],
}

PHEN = {
 "qke1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "town_vs_district", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qke2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qke3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qke4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "qke5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qke1": [
  mv("deploy", "reported", "GNA forces", ["الزاوية"], ["الجميل"]),
  mv("reinforce", "reported", "GNA forces", ["صبراتة"], ["الجميل"]),
  mv("naval_landing", "reported", "GNA forces", ["ميناء زوارة"], ["أبو كماش"]),
  mv("redeploy", "planned", "GNA forces", ["الجميل"], ["العجيلات"]),
  mv("withdraw", "conditional", "GNA forces", ["الجميل"]),
  mv("deploy", "denied", "Tunisian army", ["بن قردان"], ["معبر راس اجدير"]),
 ],
 "qke2": [
  mv("deploy", "reported", "Nigerien army", ["أغاديس"], ["ديركو"]),
  mv("reinforce", "planned", "Nigerien army", ["ديركو"], ["قاعدة ماداما"]),
  mv("shipment", "reported", "Nigerien army", ["أغاديس"], ["ديركو"]),
  mv("withdraw", "conditional", "Nigerien army", ["سيغيدين"], ["ديركو"]),
  mv("advance", "denied", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["كوري بوقودي"]),
 ],
 "qke3": [
  mv("redeploy", "reported", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("deploy", "planned", "Libyan National Army", ["الكفرة"], ["جبل العوينات"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["المالحة"]),
  mv("advance", "conditional", "Sudanese army", ["الدبة"], ["المثلث الحدودي"]),
  mv("deploy", "denied", "Egyptian army", [], ["شرق العوينات"]),
 ],
 "qke4": [
  mv("deploy", "reported", "Chadian army", ["فدا"], ["أونيانغا كبير"]),
  mv("airlift", "planned", "Chadian army", ["نجامينا"], ["مطار فايا لارجو"]),
  mv("withdraw", "reported", "Chadian armed groups", ["كوري بوقودي"], ["تيبستي"]),
  mv("advance", "conditional", "Libyan National Army", ["الكفرة"], ["الحدود مع تشاد"]),
  mv("shipment", "denied", "Sudanese armed groups", [], ["الجنينة"], ["أم جرس"]),
 ],
 "qke5": [
  mv("reinforce", "reported", "Libyan National Army", ["درنة"], ["كمبوت"]),
  mv("naval_landing", "planned", "Libyan National Army", ["قاعدة طبرق البحرية"], ["خليج البمبة"]),
  mv("withdraw", "denied", "Libyan National Army", ["منفذ امساعد"], ["طبرق"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة بنينا"], ["مطار طبرق"]),
 ],
}

NOTES = {
 "qke1": "IOM statement (Geneva, venue only) relayed by Africa Press from Tripoli: a Western-Military-Zone force "
         "Zawiya→Al-Jumayl blocking the road to Zaltan (Mellitah only where the teams were turned back), a company "
         "Sabratha→Al-Jumayl, a GNU naval landing Zuwara port→Abu Kammash beach, a planned relocation of 'the units "
         "stationed in the town' (anaphora → Al-Jumayl) to Al-Ajaylat announced by the municipality, the commander's "
         "conditional 'will not leave Al-Jumayl unless', and a Tunisian MoD denial (statement from Tunis the "
         "capital) of units sent Ben Gardane→Ras Ajdir; the IOM return flight Mitiga→Niamey is humanitarian, not a "
         "movement; traps 'رد الجميل', the commander named الطرابلسي, TAP's name with تونس.",
 "qke2": "WFP press conference in Niamey (Alhassad): a Nigerien armoured company Agadez→Dirkou escorting food trucks "
         "(Tenere only where earlier convoys were looted), a planned reinforcement Dirkou→Madama base (the Libyan "
         "border only a distance reference, Toummo only the road's end there), a fuel-and-ammunition convoy "
         "Agadez→Dirkou, a conditional pull-back of escorts Seguedine→Dirkou, an LNA denial of a force Qatrun→Toummo "
         "crossing, and Chadian gunmen massing in Kouri Bougoudi; the Algerian Red Crescent aid convoy to Agadez via "
         "Tamanrasset is not a movement; traps 'عجز مالي', 'الحصاد' (media and harvest), an officer named إدريسا.",
 "qke3": "UNHCR statements reported by Zawia Thalitha from Cairo: a Subul al-Salam (LNA) force moved Kufra→Maaten "
         "al-Sarra base closing the road, a planned LNA escort of the first UNHCR convoy Kufra→Jebel Uweinat, RSF "
         "massing in Al-Malha (North Darfur only the containing state), a conditional Sudanese-army advance "
         "Al-Dabbah→the border triangle, and an Egyptian denial of troops sent to East Oweinat; Fasher, Argeen, "
         "Aswan (also inside the spokeswoman's name), the Kufra municipality are not movement places; trap "
         "'الأنباء السارة' (Sarra).",
 "qke4": "UNHCR official in Abeche quoted by Al-Mohaqiq from N'Djamena: Chadian units Fada→Ounianga Kebir blocking the "
         "desert tracks to Kufra (refugees' destination, not a movement place), a planned military airlift "
         "N'Djamena (dateline, then origin)→Faya-Largeau airport, Chadian rebels withdrawing Kouri Bougoudi→Tibesti, "
         "an LNA conditional advance from Kufra to the border with Chad, and a denied arms shipment via Amdjarass to "
         "Geneina for the RSF; Adre (Idri look-alike), Eastern Chad and Sudan are background.",
 "qke5": "IOM/UNHCR statements on a boat from near Marsa al-Hariga in Tobruk sunk off Gavdos, reported by Houna "
         "Loubnan from Beirut: migrants flown Beirut airport→Benghazi and driven to Tobruk are not movements; LNA "
         "reinforcements Derna→Kambut, a planned marine landing Tobruk naval base→Gulf of Bomba, a denied pull-back "
         "of the Tariq Bin Ziyad brigade Emsaed crossing→Tobruk, and a conditional airlift Benina base→Tobruk "
         "airport; Tripoli here is the Lebanese city (with Akkar), Crete/Greece/Lebanon are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qke1", "qke2", "qke3", "qke4", "qke5")
